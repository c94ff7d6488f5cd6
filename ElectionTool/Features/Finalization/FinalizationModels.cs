using System.Globalization;
using ElectionTool.Data.Entities;
using ElectionTool.Resources;

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
    /// <summary>The wording in the user's language (what the operator reads and the certified copy prints).</summary>
    public static string Text(string headDesignation, string officeName, int count) =>
        In(CultureInfo.CurrentUICulture.Name, headDesignation, officeName, count);

    /// <summary>The wording in a given language: English for the audit log, whatever the operator's language.</summary>
    public static string In(string culture, string headDesignation, string officeName, int count) =>
        UiText.In(culture, Wording, count, officeName, string.IsNullOrWhiteSpace(headDesignation) ? UiText.In(culture, HeadOfOffice) : headDesignation);

    // English: a resource key, read through UiText.In
    private const string HeadOfOffice = "Head of Office";

    // English: a resource key, read through UiText.In (the audit log keeps the English)
    private const string Wording =
        "Certified that the list above is the complete list of all {0} officers and employees working in {1} " +
        "as on this date, that no one has been left out, and that the particulars are correct as per the service records. " +
        "(Signed on behalf of the {2}.)";
}

public sealed record FinalizeResult(bool Succeeded, string Message);

public sealed class DeclaredStrengthInput
{
    public int Total { get; set; }
    public int Male { get; set; }
    public int Female { get; set; }
}
