namespace ElectionTool.Data.Entities;

/// <summary>
/// A duty text waiting to go to a drafted employee (orders issued, station released). Written when the stage is
/// accepted and sent afterwards by <c>DutySmsSender</c>, so a gateway that is down never holds up the draw.
/// </summary>
public class DutySmsMessage
{
    public long Id { get; set; }
    public long DrawRunId { get; set; }
    public int EmployeeId { get; set; }
    public required string Mobile { get; set; }
    public required string Text { get; set; }
    public required string Purpose { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Tries { get; set; }
    public string? LastError { get; set; }
}
