using System.Text.RegularExpressions;
using ElectionTool.Draw;
using ElectionTool.Resources;

namespace ElectionTool.Features.Draw;

/// <summary>
/// A draw finding in the user's language. The engine has no localization: its English text is part of what it
/// records (stored results, bundles, hashes), so it stays as written and is translated here, at the app's edge.
/// A message is matched against the engine's wording with its numbers and codes as holes; each hole goes through
/// the resources too, so a role's title ("Presiding Officers") reads in Hindi. A message not known here shows as
/// the engine wrote it.
/// </summary>
public static partial class DrawFindingTexts
{
    /// <summary>The engine's wordings, each with its holes ({0}, {1}…) in the order they appear; each is a resource key.</summary>
    private static readonly string[] Wordings =
    [
        "{0}: {1} seats, only {2} can be filled by women who may serve in the unit; short in {3}.",
        "{0}: {1} seats, only {2} can be filled by people who may serve in the unit; short in {3}.",
        "All roles: need {0}, eligible {1}.",
        "All roles: need {0}, but with one member per office per party only {1} can be drafted.",
        "Women: need {0} women as {1} for women-managed stations, eligible {2}.",
        "Women: need {0} women as {1} for women-managed stations, drafted {2}.",
        "Women: need {0} women as {1}, only {2} could be drafted after earlier roles and office limits.",
        "Women: {0} women are left for ordinary parties, but they cannot be grouped at least two to a party (largest role group {1}).",
        "Office {0} holds {1} of {2} eligible; at most {3} can be drafted (one per party outside its unit).",
        "Office {0}: {1} drafted, but only {2} parties and reserve places outside its unit.",
        "Hierarchy: {0} {1} are paid more than any Presiding Officer left to lead them.",
        "Drawn {0} times: the earlier draws left some unit without enough people who may serve there.",
        "No draw in {0} attempts could seat every unit.",
        "Unit {0}: {1} {2} needed, {3} formed.",
        "Unit {0}: {1} parties needed, only {2} can be formed without {3}.",
        "Stage 2 could not seat this draw: no arrangement keeping every rule was found in {0} attempts.",
        "Unit {0} is listed twice.",
        "Unit {0}: station {1} is listed twice.",
        "Stations refer to unit {0}, which is not in the unit list.",
        "Stage {0} did not produce a result to build on.",
        "No reserve {0} of unit {1} keeps every rule in party {2}: {3}.",
        "Employee {0} is in reserve party {1}; nothing to replace.",
        // Field-duty and counting replacements (the counting ones after the app puts the person's name first).
        "No reserve {0} can take {1} ({2}): {3}.",
        "Employee {0} holds no {1} post in this draw (or was already replaced).",
        "No reserve {0} of hall {1} keeps every rule at table {2}: {3}.",
        "{0}: tables are allotted only in step 3.",
        "{0}: is not drafted in this draw.",
        "{0}: is a reserve; nothing to replace.",
    ];

    /// <summary>The rules' codes as a reader names them (also resource keys).</summary>
    private static readonly Dictionary<string, string> RuleNames = new(StringComparer.Ordinal)
    {
        [DrawRules.Input] = "Input",
        [DrawRules.Eligibility] = "Eligibility",
        [DrawRules.Couples] = "Couples",
        [DrawRules.Pool] = "Pool",
        [DrawRules.RoleBand] = "Role band",
        [DrawRules.OneRole] = "One role",
        [DrawRules.OneParty] = "One party",
        [DrawRules.Seats] = "Seats",
        [DrawRules.Women] = "Women",
        [DrawRules.Hierarchy] = "Hierarchy",
        [DrawRules.SameOffice] = "Same office",
        [DrawRules.SameDepartment] = "Same department",
        [DrawRules.NotPostedAtHome] = "Not posted at home",
        [DrawRules.Composition] = "Party composition",
        [DrawRules.Redraw] = "Redraw",
        [DrawRules.Parties] = "Parties",
        [DrawRules.Numbering] = "Numbering",
        [DrawRules.Stations] = "Stations",
        [DrawRules.InputHash] = "Input hash",
        [DrawRules.OutputHash] = "Output hash",
        [DrawRules.Stage1] = "Stage 1",
        [DrawRules.Stage2] = "Stage 2",
        [DrawRules.Version] = "Version",
        [DrawRules.Internal] = "Internal",
        ["Supply"] = "Supply",
    };

    private static readonly (Regex Pattern, string Wording)[] Patterns = Wordings.Select(w => (Pattern(w), w)).ToArray();

    public static string Message(DrawFinding finding) => Message(finding.Message);

    public static string Message(string english)
    {
        if (UiText.Of(english) is var exact && exact != english)
        {
            return exact;
        }
        foreach (var (pattern, wording) in Patterns)
        {
            if (pattern.Match(english) is { Success: true } match)
            {
                return UiText.Format(wording, match.Groups.Cast<Group>().Skip(1).Select(g => (object)Hole(g.Value)).ToArray());
            }
        }
        return english;
    }

    public static string Rule(string rule) =>
        UiText.Of(RuleNames.TryGetValue(rule, out var name) ? name
            : Enum.TryParse<Role>(rule, out var role) ? PartyRoles.Title(role)
            : rule);

    /// <summary>
    /// A hole's words ("Presiding Officers", "the district as a whole", a list of codes) in the user's language. A
    /// title the engine lower-cased inside its sentence ("no reserve sector officer") is looked up by its own title.
    /// </summary>
    private static string Hole(string value)
    {
        var text = UiText.Of(value);
        if (text == value && value.Length > 1 && char.IsLower(value[0]))
        {
            var title = char.ToUpperInvariant(value[0]) + value[1..];
            if (UiText.Of(title) is var translated && translated != title)
            {
                return translated.ToLower(System.Globalization.CultureInfo.CurrentCulture);
            }
        }
        return text;
    }

    private static Regex Pattern(string wording)
    {
        var holes = HoleMark().Split(Regex.Escape(wording).Replace(@"\{", "{", StringComparison.Ordinal));
        return new Regex("^" + string.Join("(.+?)", holes) + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex HoleMark();
}
