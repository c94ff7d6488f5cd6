using ElectionTool.Data.Entities;
using ElectionTool.Resources;

namespace ElectionTool.Features.PostalBallots;

/// <summary>The two rules of postal voting for staff on duty: which form, and which way a status may move.</summary>
public static class BallotRules
{
    /// <summary>Form 12A (EDC) when registered in the unit where they serve, else Form 12 (postal ballot); null while the unit of duty is unknown.</summary>
    public static BallotForm? FormFor(string? voterUnitCode, string? dutyUnitCode) =>
        string.IsNullOrEmpty(dutyUnitCode) ? null
        : string.Equals(voterUnitCode, dutyUnitCode, StringComparison.OrdinalIgnoreCase) ? BallotForm.Form12A : BallotForm.Form12;

    /// <summary>Null when the move is allowed, else why not. Desks move one step forward; only the Admin moves back (or skips).</summary>
    public static string? Refusal(BallotStep current, BallotStep next, bool isAdmin)
    {
        if (next == current)
        {
            return null;
        }

        if (next < current && !isAdmin)
        {
            return UiText.Format("The status is already '{0}'; only the Admin can move it back.", Title(current, BallotForm.Form12));
        }

        if (next > current + 1 && !isAdmin)
        {
            return UiText.Format("Record '{0}' first: a desk records each step in turn.", Title(current + 1, BallotForm.Form12));
        }

        return null;
    }

    public static string Title(BallotStep step, BallotForm form) => (step, form) switch
    {
        (BallotStep.NotIssued, _) => UiText.Of("Form not issued"),
        (BallotStep.FormIssued, BallotForm.Form12A) => UiText.Of("Form 12A issued"),
        (BallotStep.FormIssued, _) => UiText.Of("Form 12 issued"),
        (BallotStep.ApplicationReceived, _) => UiText.Of("Application received"),
        (BallotStep.BallotIssued, BallotForm.Form12A) => UiText.Of("EDC issued"),
        (BallotStep.BallotIssued, _) => UiText.Of("Postal ballot issued"),
        (BallotStep.Voted, BallotForm.Form12A) => UiText.Of("EDC used"),
        _ => UiText.Of("Voted"),
    };

    /// <summary>Reads a step from a CSV cell: its number (0–4) or its name (e.g. ApplicationReceived).</summary>
    public static BallotStep? Parse(string text) =>
        int.TryParse(text.Trim(), out var n) && Enum.IsDefined(typeof(BallotStep), n) ? (BallotStep)n
        : Enum.TryParse<BallotStep>(text.Trim().Replace(" ", ""), true, out var s) && Enum.IsDefined(s) ? s : null;
}
