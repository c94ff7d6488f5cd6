using System.Globalization;
using System.Text;

namespace ElectionTool.Features.Honorarium;

/// <summary>
/// The bank schedule in the flat shape bank bulk-payment and PFMS beneficiary uploads take: one row per payee,
/// rows grouped by bank (first four letters of the IFSC), account numbers as text so leading zeros survive.
/// </summary>
public static class BankScheduleFile
{
    // English: column headers of the banks' and PFMS's upload format
    public static readonly string[] Headers = ["SlNo", "BeneficiaryName", "AccountNumber", "IFSC", "Amount", "Narration", "Bank"];

    // English: column headers of a data file, kept as the schedule's
    public static readonly string[] FlaggedHeaders = ["EPIC", "Name", "OfficeCode", "Duty", "Amount", "AccountNumber", "IFSC", "Problem"];

    public static string Csv(HonorariumSchedule schedule, string? bank)
    {
        var text = new StringBuilder().Append(string.Join(',', Headers)).Append('\n');
        var n = 0;
        foreach (var l in Lines(schedule, bank))
        {
            text.Append(CultureInfo.InvariantCulture, $"{++n},{Cell(l.Name)},{l.Account},{l.Ifsc},{l.Amount:0.00},{Cell(l.Narration)},{l.Bank}\n");
        }

        return text.ToString();
    }

    public static string FlaggedCsv(HonorariumSchedule schedule)
    {
        var text = new StringBuilder().Append(string.Join(',', FlaggedHeaders)).Append('\n');
        foreach (var l in schedule.Flagged)
        {
            text.Append(CultureInfo.InvariantCulture, $"{l.Epic},{Cell(l.Name)},{l.OfficeCode},{l.Duty},{l.Amount:0.00},{Cell(l.Account)},{Cell(l.Ifsc)},{Cell(l.Problem ?? "")}\n");
        }

        return text.ToString();
    }

    /// <summary>A workbook with a Summary sheet (total per bank) and one sheet per bank.</summary>
    public static byte[] Xlsx(HonorariumSchedule schedule)
    {
        var sheets = new Dictionary<string, IEnumerable<IDictionary<string, object?>>>
        {
            ["Summary"] = schedule.Banks.Select(b => (IDictionary<string, object?>)new Dictionary<string, object?> { ["Bank"] = b.Bank, ["Payees"] = b.People, ["Amount"] = b.Amount }).ToList(),
        };
        foreach (var bank in schedule.Banks)
        {
            var n = 0;
            sheets[bank.Bank] = Lines(schedule, bank.Bank).Select(l => (IDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["SlNo"] = ++n,
                ["BeneficiaryName"] = l.Name,
                ["AccountNumber"] = l.Account,
                ["IFSC"] = l.Ifsc,
                ["Amount"] = l.Amount,
                ["Narration"] = l.Narration,
                ["Bank"] = l.Bank,
            }).ToList();
        }

        // Through the one neutralizing writer: names are typed by offices.
        return Export.SpreadsheetText.XlsxBytes(sheets);
    }

    private static IEnumerable<HonorariumLine> Lines(HonorariumSchedule schedule, string? bank) =>
        schedule.Payable.Where(l => bank is null || l.Bank == bank.ToUpperInvariant());

    // One cell through the one neutralizing writer (a name typed as "=..." must not run as a formula in Excel).
    private static string Cell(string text) => Export.SpreadsheetText.CsvRow([text]).TrimEnd('\r', '\n');
}
