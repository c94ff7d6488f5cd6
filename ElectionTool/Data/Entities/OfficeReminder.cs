namespace ElectionTool.Data.Entities;

/// <summary>A nodal officer (or the Admin) reminded a pending office; the office sees it, others see who already called.</summary>
public class OfficeReminder
{
    public long Id { get; set; }
    public int OfficeId { get; set; }
    public Office? Office { get; set; }
    public DateTimeOffset At { get; set; }
    public required string ByUser { get; set; }
    public required string Message { get; set; }
}
