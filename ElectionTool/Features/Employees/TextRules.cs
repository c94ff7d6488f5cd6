using System.Globalization;
using ElectionTool.Data.Entities;
using ElectionTool.Resources;

namespace ElectionTool.Features.Employees;

/// <summary>
/// Checks every text cell of a staff row before its meaning is read: no control or invisible formatting characters
/// (NUL, line breaks, the right-to-left override…), digits only as 0–9 or Devanagari ०–९, and no value longer than
/// its field holds (<see cref="EmployeeLimits"/>).
/// </summary>
public static class TextRules
{
    // English: column keys, compared with EmployeeColumn.Key
    public static int MaxLength(string columnKey) => columnKey switch
    {
        "Name" => EmployeeLimits.Name,
        "FatherOrHusbandName" => EmployeeLimits.FatherOrHusbandName,
        "Email" => EmployeeLimits.Email,
        "Designation" => EmployeeLimits.Designation,
        "EmployeeId" => EmployeeLimits.EmployeeCode,
        "BankAccount" => EmployeeLimits.BankAccount,
        "Remarks" => EmployeeLimits.Remarks,
        _ => EmployeeLimits.CodedInput,
    };

    /// <summary>What is wrong with the text of one cell, or null.</summary>
    public static string? Problem(EmployeeColumn column, string text)
    {
        var value = text.Trim();
        foreach (var c in value)
        {
            if (Invisible(c))
            {
                return UiText.Format("{0} contains an invisible control or formatting character ({1}). Retype the value without it.", column.Shown(), Describe(c));
            }
        }
        if (value.Length > MaxLength(column.Key))
        {
            return UiText.Format("{0} is longer than {1} characters ({2}).", column.Shown(), MaxLength(column.Key), value.Length);
        }
        foreach (var c in value)
        {
            if (char.IsDigit(c) && !char.IsAsciiDigit(c) && c is not (>= '\u0966' and <= '\u096F'))
            {
                return UiText.Format("{0} has the digit '{1}' ({2}): type numbers with 0–9 (or Devanagari ०–९).", column.Shown(), c, Describe(c));
            }
        }
        return null;
    }

    /// <summary>
    /// Control characters (C0, C1, line breaks, tabs) and format characters (bidi overrides and isolates, BOM, soft
    /// hyphen…). Zero-width joiner and non-joiner are allowed: Devanagari spelling needs them.
    /// </summary>
    public static bool Invisible(char c) =>
        char.IsControl(c) || (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c is not ('\u200C' or '\u200D'));

    private static string Describe(char c) => c switch
    {
        '\0' => "NUL",
        '\n' or '\r' => UiText.Of("a line break"),
        '\t' => UiText.Of("a tab"),
        '\u202E' => UiText.Format("{0} right-to-left override", "U+202E"),
        '\u202D' => UiText.Format("{0} left-to-right override", "U+202D"),
        _ => $"U+{(int)c:X4}",
    };
}
