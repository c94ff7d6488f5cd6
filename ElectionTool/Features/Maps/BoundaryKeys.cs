using System.Globalization;
using ElectionTool.Data.Entities;
using ElectionTool.Resources;

namespace ElectionTool.Features.Maps;

/// <summary>
/// Reads a feature's key from its properties, whichever of the usual names a GIS cell used: the unit
/// (<c>unit</c> / <c>unit_code</c> "AC-071" or a ward code, or <c>ac_no</c> / <c>ac</c> 71) and, for a part,
/// the part / station number (<c>part_no</c>, <c>part</c>, <c>ps_no</c>, <c>station</c>).
/// </summary>
public static class BoundaryKeys
{
    private static readonly string[] UnitCodeNames = ["unit", "unit_code", "ward", "ward_code", "ac_code"];
    private static readonly string[] AcNumberNames = ["ac_no", "ac", "ac_number", "acno"];
    private static readonly string[] PartNames = ["part_no", "part", "part_number", "ps_no", "station", "station_no", "partno"];

    public static string Expected => UiText.Of("a unit (property \"unit\" such as AC-071, or \"ac_no\" such as 71) and, for a part, \"part_no\"");

    /// <summary>The unit code and part number, or the reason they cannot be read. <paramref name="property"/> gives a property's text by name (any case).</summary>
    public static (string? Unit, int? Part, string? Problem) Read(Func<string, string?> property)
    {
        string? unit = null;
        foreach (var name in UnitCodeNames)
        {
            if (Text(property(name)) is { } code)
            {
                unit = int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? ConstituencyUnit.AcCode(n) : code.ToUpperInvariant();
                break;
            }
        }

        if (unit is null)
        {
            foreach (var name in AcNumberNames)
            {
                if (Text(property(name)) is { } text)
                {
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                    {
                        return (null, null, UiText.Format("\"{0}\" is \"{1}\", not an AC number", name, text));
                    }

                    unit = ConstituencyUnit.AcCode(n);
                    break;
                }
            }
        }

        if (unit is null)
        {
            return (null, null, UiText.Format("it names no unit: give {0}", Expected));
        }

        foreach (var name in PartNames)
        {
            if (Text(property(name)) is { } text)
            {
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var part) && part >= 1
                    ? (unit, part, null)
                    : (unit, null, UiText.Format("\"{0}\" is \"{1}\", not a part number", name, text));
            }
        }

        return (unit, null, null);
    }

    public static string Describe(string? unit, int? part) => unit is null ? "" : part is null ? $" ({unit})" : " " + UiText.Format("({0} part {1})", unit, part);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
