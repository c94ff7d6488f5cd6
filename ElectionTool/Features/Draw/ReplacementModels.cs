using ElectionTool.Data.Entities;

namespace ElectionTool.Features.Draw;

public sealed record DraftedPersonRow(int EmployeeId, string Name, string Epic, string OfficeCode, string Role, string UnitCode, int? PartyNumber, bool IsReserve);

/// <summary>What confirming would do: the reserve who takes the seat, or withdrawing a reserve, or why nothing fits.</summary>
public sealed record ReplacementPreview(
    bool CanConfirm, string Message, int AbsentEmployeeId, string AbsentName, int? ReplacementEmployeeId, string? ReplacementName,
    string? ReplacementOffice, int? PartyNumber, string? Role, string? UnitCode);

public sealed record ReplacementRow(
    long Id, ReplacementKind Kind, string Reason, string AbsentName, string? ReplacementName, int? PartyNumber, string Role, string UnitCode,
    string By, DateTimeOffset At);

public sealed record ReprintRow(int EmployeeId, string Name, string OfficeCode, int? PartyNumber, ReprintKind Kind, DateTimeOffset MarkedAt);
