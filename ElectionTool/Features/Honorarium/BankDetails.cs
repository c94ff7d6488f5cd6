using System.Text.RegularExpressions;

namespace ElectionTool.Features.Honorarium;

/// <summary>Checks the account and IFSC a payment goes to; a person who fails is flagged, never left out silently.</summary>
public static partial class BankDetails
{
    /// <summary>Null when both can be paid to, else what is wrong.</summary>
    public static string? Problem(string? account, string? ifsc)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(ifsc))
        {
            problems.Add("IFSC missing");
        }
        else if (!Ifsc().IsMatch(ifsc.Trim().ToUpperInvariant()))
        {
            problems.Add($"IFSC '{ifsc.Trim()}' is not 4 letters, 0, 6 letters/digits");
        }

        if (string.IsNullOrWhiteSpace(account))
        {
            problems.Add("account number missing");
        }
        else if (!Account().IsMatch(account.Trim()))
        {
            problems.Add($"account number '{account.Trim()}' is not 9–18 digits");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    /// <summary>The bank, as the first four letters of the IFSC (e.g. SBIN).</summary>
    public static string BankCode(string ifsc) => ifsc.Trim().ToUpperInvariant()[..4];

    [GeneratedRegex("^[A-Z]{4}0[A-Z0-9]{6}$")]
    private static partial Regex Ifsc();

    [GeneratedRegex("^[0-9]{9,18}$")]
    private static partial Regex Account();
}
