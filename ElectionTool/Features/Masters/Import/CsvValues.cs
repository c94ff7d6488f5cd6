using System.Globalization;
using ElectionTool.Features.Common;
using ElectionTool.Resources;

namespace ElectionTool.Features.Masters.Import;

/// <summary>Typed reads of CSV cells; a value that cannot be read is reported against its column.</summary>
public static class CsvValues
{
    private static readonly string[] Yes = ["true", "yes", "y", "1"];
    private static readonly string[] No = ["false", "no", "n", "0"];

    /// <summary>An empty cell reads as <paramref name="whenEmpty"/>; the model's own rules then judge the number.</summary>
    public static int GetInt(this CsvRecord record, string heading, List<FieldError> errors, int whenEmpty = 0)
    {
        var text = record.Get(heading);
        if (text.Length == 0)
        {
            return whenEmpty;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(new FieldError(heading, UiText.Format("'{0}' is not a whole number.", text)));
        return whenEmpty;
    }

    public static double? GetOptionalDouble(this CsvRecord record, string heading, List<FieldError> errors)
    {
        var text = record.Get(heading);
        if (text.Length == 0)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(new FieldError(heading, UiText.Format("'{0}' is not a decimal number (use a point, e.g. 23.2599).", text)));
        return null;
    }

    /// <summary>Spreadsheets write flags many ways: true/false, yes/no, 1/0, Y/N; an empty cell is no.</summary>
    public static bool GetBool(this CsvRecord record, string heading, List<FieldError> errors)
    {
        var text = record.Get(heading).ToLowerInvariant();
        if (text.Length == 0 || No.Contains(text))
        {
            return false;
        }
        if (Yes.Contains(text))
        {
            return true;
        }
        errors.Add(new FieldError(heading, UiText.Format("'{0}' is not yes/no (use Yes, No, Y, N, 1, 0, true or false).", record.Get(heading))));
        return false;
    }
}
