using System.ComponentModel.DataAnnotations;
using ElectionTool.Features.Language;
using ElectionTool.Resources;

namespace ElectionTool.Features.Counting.Halls;

public sealed record CountingHallRow(int Id, string UnitCode, string UnitName, int Number, string Centre, string Name, int Tables, int PostalBallotTables, bool ReturningOfficerTable)
{
    public string Code => Data.Entities.CountingHall.CodeOf(UnitCode, Number);
}

/// <summary>What the hall dialog and one row of the halls CSV edit.</summary>
public sealed class CountingHallInput
{
    [Required(ErrorMessageResourceType = typeof(CountingHallTexts), ErrorMessageResourceName = nameof(CountingHallTexts.EnterUnitCode))]
    public string UnitCode { get; set; } = "";

    [Range(1, 99, ErrorMessageResourceType = typeof(CountingHallTexts), ErrorMessageResourceName = nameof(CountingHallTexts.HallNumber))]
    public int Number { get; set; } = 1;

    [Required(ErrorMessageResourceType = typeof(CountingHallTexts), ErrorMessageResourceName = nameof(CountingHallTexts.EnterCentre))]
    [StringLength(200, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.TooLong))]
    public string Centre { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(CountingHallTexts), ErrorMessageResourceName = nameof(CountingHallTexts.EnterHallName))]
    [StringLength(120, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.TooLong))]
    public string Name { get; set; } = "";

    [Range(1, 50, ErrorMessageResourceType = typeof(CountingHallTexts), ErrorMessageResourceName = nameof(CountingHallTexts.Tables))]
    public int Tables { get; set; } = 14;

    [Range(0, 20, ErrorMessageResourceType = typeof(CountingHallTexts), ErrorMessageResourceName = nameof(CountingHallTexts.PostalBallotTables))]
    public int PostalBallotTables { get; set; }

    public bool ReturningOfficerTable { get; set; } = true;
}

/// <summary>The election's counting settings as the page edits them.</summary>
public sealed class CountingSettingsInput
{
    [Range(1, 18, ErrorMessageResourceType = typeof(CountingHallTexts), ErrorMessageResourceName = nameof(CountingHallTexts.SupervisorPayLevel))]
    public int SupervisorMinPayLevel { get; set; } = 8;

    [Range(0, 100, ErrorMessageResourceType = typeof(CountingHallTexts), ErrorMessageResourceName = nameof(CountingHallTexts.ReservePercent))]
    public int ReservePercent { get; set; } = 20;

    public bool PollingStaffMayCount { get; set; } = true;
}

/// <summary>The halls' and counting settings' data-annotation messages in the user's language (see <see cref="ElectionTool.Features.Language.ValidationTexts"/>).</summary>
public static class CountingHallTexts
{
    public static string EnterUnitCode => UiText.Of("Enter the unit code (e.g. AC-071).");

    public static string HallNumber => UiText.Of("Hall number: 1 to 99 within the unit.");

    public static string EnterCentre => UiText.Of("Enter the counting centre (building).");

    public static string EnterHallName => UiText.Of("Enter the hall's name.");

    public static string Tables => UiText.Of("Counting tables: 1 to 50 (ECI's usual is 14).");

    public static string PostalBallotTables => UiText.Of("Postal-ballot tables: 0 to 20.");

    public static string SupervisorPayLevel => UiText.Of("Supervisor pay level: 1 to 18.");

    public static string ReservePercent => UiText.Of("Reserve: 0 to 100 percent.");
}

internal sealed record CountingHallSnapshot(int ElectionId, string UnitCode, int Number, string Centre, string Name, int Tables, int PostalBallotTables, bool ReturningOfficerTable);
