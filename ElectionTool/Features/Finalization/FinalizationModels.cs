using ElectionTool.Data.Entities;

namespace ElectionTool.Features.Finalization;

/// <summary>Where one office's list stands and what still blocks finalizing it.</summary>
public sealed record OfficeListStatus(
    int OfficeId, string OfficeCode, string OfficeName, string DepartmentName, string HeadDesignation,
    StaffListState State, int DeclaredTotal, int DeclaredMale, int DeclaredFemale,
    int Entered, int EnteredMale, int EnteredFemale, int EnteredThirdGender, int InvalidRows,
    int ExemptionsRequested, DateTimeOffset? FinalizedAt, string? FinalizedBy, int Version,
    IReadOnlyList<string> Blockers)
{
    public bool CanFinalize => State != StaffListState.Finalized && Blockers.Count == 0;
}

/// <summary>The declaration the operator confirms on behalf of the head of office.</summary>
public static class Certificate
{
    public static string Text(string headDesignation, string officeName, int count) =>
        $"Certified that the list above is the complete list of all {count} officers and employees working in {officeName} " +
        $"as on this date, that no one has been left out, and that the particulars are correct as per the service records. " +
        $"(Signed on behalf of the {(string.IsNullOrWhiteSpace(headDesignation) ? "Head of Office" : headDesignation)}.)";
}

public sealed record FinalizeResult(bool Succeeded, string Message);

public sealed class DeclaredStrengthInput
{
    public int Total { get; set; }
    public int Male { get; set; }
    public int Female { get; set; }
}
