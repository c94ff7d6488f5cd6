namespace ElectionTool.Data.Entities;

/// <summary>A one-time code sent to a drafted employee's mobile for the duty look-up. Only its hash is kept.</summary>
public class DutyLookupCode
{
    public long Id { get; set; }
    public int EmployeeId { get; set; }
    public required string Mobile { get; set; }
    public required string CodeHash { get; set; }
    public required string ClientAddress { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public int FailedTries { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

/// <summary>An SMS written to the outbox instead of a gateway (a LAN without one): the IT cell reads it on a page.</summary>
public class SmsOutboxMessage
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Mobile { get; set; }
    public required string Text { get; set; }
    public required string Purpose { get; set; }
}
