using System.Text.RegularExpressions;
using ElectionTool.Resources;

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
            problems.Add(UiText.Of("IFSC missing"));
        }
        else if (!Ifsc().IsMatch(ifsc.Trim().ToUpperInvariant()))
        {
            problems.Add(UiText.Format("IFSC '{0}' is not 4 letters, 0, 6 letters/digits", ifsc.Trim()));
        }

        if (string.IsNullOrWhiteSpace(account))
        {
            problems.Add(UiText.Of("account number missing"));
        }
        else if (!Account().IsMatch(account.Trim()))
        {
            problems.Add(UiText.Format("account number '{0}' is not 9–18 digits", account.Trim()));
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
