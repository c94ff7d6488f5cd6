using ElectionTool.Data.Entities;

namespace ElectionTool.Features.Honorarium;

public sealed record RateInput
{
    public string Duty { get; set; } = "";
    public DutyDay Day { get; set; }
    public decimal PerDay { get; set; }
    public int Days { get; set; } = 1;
}

/// <summary>What one person is owed and where it goes. <see cref="Problem"/> flags bank details that cannot be paid to.</summary>
public sealed record HonorariumLine(int EmployeeId, string Name, string Epic, string OfficeCode, string Duty, int TrainingDays, int PollDays,
    decimal Amount, string Account, string Ifsc, string? Problem, bool? Paid)
{
    public string Bank => Problem is null ? BankDetails.BankCode(Ifsc) : "";
    public string Narration => $"ELECTION HONORARIUM {Epic}";
}

public sealed record BankTotal(string Bank, int People, decimal Amount);

public sealed record HonorariumSchedule(IReadOnlyList<HonorariumLine> Payable, IReadOnlyList<HonorariumLine> Flagged, IReadOnlyList<BankTotal> Banks, int NothingOwed)
{
    public decimal Total => Banks.Sum(b => b.Amount);
}

public sealed record ReturnOutcome(int Paid, int Failed, IReadOnlyList<string> Unmatched);
