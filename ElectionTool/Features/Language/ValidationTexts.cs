using ElectionTool.Resources;

namespace ElectionTool.Features.Language;

/// <summary>
/// Data-annotation messages in the user's language: an attribute's argument must be a constant, so the input models
/// name these properties (<c>ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = …</c>) and
/// the attribute reads the text when it validates, in the circuit's culture.
/// </summary>
public static class ValidationTexts
{
    public static string EnterUserName => UiText.Of("Enter a user name.");

    public static string UserNameShape => UiText.Of("User name: 3–40 letters, digits or . _ @ -");

    public static string EnterPersonName => UiText.Of("Enter the person's name.");

    public static string EnterElectionName => UiText.Of("Enter the election's name.");

    public static string EnterPollDate => UiText.Of("Enter the poll date.");

    public static string EnterEntryDeadline => UiText.Of("Enter the data-entry deadline.");

    public static string ElectorsThreshold => UiText.Of("Electors threshold must be between 1 and 100000.");

    public static string ReservePercent => UiText.Of("Reserve must be between 0 and 100 percent.");

    public static string PayLevel => UiText.Of("Pay level must be 1–18.");

    public static string RetirementMargin => UiText.Of("Retirement margin must be 0–24 months.");

    /// <summary>A text longer than its column allows ({1} is the most; {0}, the field's code name, is not shown).</summary>
    public static string TooLong => UiText.Of("At most {1} characters.");

    public static string ChooseRole => UiText.Of("Choose a role.");
}
