namespace ElectionTool.Features.Masters;

public static class MasterPatterns
{
    public const string Code = @"^[A-Za-z0-9][A-Za-z0-9\-_/]{0,29}$";
    public const string Pin = @"^[1-9][0-9]{5}$";
    public const string Mobile = @"^(\+91[\s-]?)?[6-9][0-9]{4}\s?[0-9]{5}$";
    public const string Phone = @"^[0-9+\-\s()]{6,20}$";

    /// <summary>Codes are compared and stored in upper case so "rev" and "REV" are the same department.</summary>
    public static string NormalizeCode(string code) => code.Trim().ToUpperInvariant();

    /// <summary>10-digit Indian mobile, stored without +91 or spaces.</summary>
    public static string NormalizeMobile(string mobile)
    {
        var digits = new string(mobile.Where(char.IsDigit).ToArray());
        return digits.Length == 12 && digits.StartsWith("91", StringComparison.Ordinal) ? digits[2..] : digits;
    }
}
