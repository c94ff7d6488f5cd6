namespace ElectionTool.Data.Entities;

public enum DutyDay
{
    Training,
    Poll,
    Counting,
}

/// <summary>What a duty is paid per day of one kind, in an election. Days applies to poll and counting.</summary>
public class HonorariumRate
{
    public int Id { get; set; }
    public int ElectionId { get; set; }
    public required string Duty { get; set; }
    public DutyDay Day { get; set; }
    public decimal PerDay { get; set; }
    public int Days { get; set; } = 1;
}

/// <summary>Paid or not, as the bank's return file says.</summary>
public class HonorariumPayment
{
    public long Id { get; set; }
    public int ElectionId { get; set; }
    public int EmployeeId { get; set; }
    public bool Paid { get; set; }
    public decimal Amount { get; set; }
    public string Reference { get; set; } = "";
    public string Remark { get; set; } = "";
    public DateTimeOffset MarkedAt { get; set; }
}
