using ElectionTool.Data.Entities;

namespace ElectionTool.Features.PostalBallots;

public sealed record BallotRow(long Id, int EmployeeId, string Name, string Epic, string OfficeCode, string VoterUnitCode, string DutyUnitCode,
    BallotForm Form, BallotStep Step, DateTimeOffset UpdatedAt, string UpdatedBy)
{
    public string StepTitle => BallotRules.Title(Step, Form);
}

/// <summary>Per unit of duty: drafted staff tracked, and how many still lack a ballot or EDC.</summary>
public sealed record UnitBallotFigure(string DutyUnitCode, int Tracked, int Lacking, int Voted);

public sealed record PrepareOutcome(int Added, int Updated, int WaitingForUnits, int Stage);

/// <param name="Unchanged">Done, but the person was already at that step.</param>
public sealed record StepOutcome(bool Done, string Message, bool Unchanged = false);

public sealed record BulkLine(int Row, string Epic, string Message);

public sealed record BulkOutcome(int Applied, int Unchanged, IReadOnlyList<BulkLine> Refused);

/// <summary>A pre-filled Form 12 / 12A: who, where registered (part and serial), and where on duty.</summary>
public sealed record BallotFormSheet(string Name, string FatherOrHusband, string Designation, string OfficeCode, string OfficeName, string Epic,
    string VoterUnitCode, string VoterUnitName, int? Part, int? Serial, string DutyUnitCode, string Duty, BallotForm Form);
