using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ElectionTool.Data;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Masters.Import;

/// <summary>
/// Imports a master CSV: checks the headings, reads every row with the master's own rules, saves the good
/// rows and reports each bad one with its line number. Upsert by code, so a re-import changes nothing.
/// </summary>
public sealed class MasterImporter(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public async Task<ImportReport> ImportAsync<TInput>(IMasterCsvFormat<TInput> format, Stream stream, CancellationToken ct)
    {
        var parsed = await ReadAsync(format, stream, ct);
        if (parsed.Error is not null)
        {
            return ImportReport.Refused(parsed.Error);
        }
        var actor = await currentUser.GetNameAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        int created = 0, updated = 0, unchanged = 0;
        var rejected = new List<RejectedRow>();
        foreach (var record in parsed.Records)
        {
            var errors = new List<FieldError>();
            var input = format.Read(record, errors);
            errors.AddRange(InputValidation.Validate(input!));
            var outcome = errors.Count > 0 ? SaveOutcome.Rejected(errors) : await format.UpsertAsync(db, input, actor, ct);
            switch (outcome.Kind)
            {
                case SaveKind.Created: created++; break;
                case SaveKind.Updated: updated++; break;
                case SaveKind.Unchanged: unchanged++; break;
                default:
                    rejected.AddRange(outcome.Errors.Select(e => new RejectedRow(record.Line, e.Field, e.Message)));
                    db.ChangeTracker.Clear();
                    continue;
            }
            // Saved row by row so that a later row can refer to an earlier one (a ward to its new local body).
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return new ImportReport(parsed.Records.Count, created, updated, unchanged, rejected);
    }

    private sealed record ParsedFile(List<CsvRecord> Records, string? Error);

    private static async Task<ParsedFile> ReadAsync<TInput>(IMasterCsvFormat<TInput> format, Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        if (buffer.Length == 0)
        {
            return new ParsedFile([], UiText.Of("The file is empty."));
        }
        if (buffer.Length > MaxFileBytes)
        {
            return new ParsedFile([], UiText.Format("The file is larger than {0} MB.", MaxFileBytes / 1024 / 1024));
        }
        buffer.Position = 0;
        using var reader = new StreamReader(buffer, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, MissingFieldFound = null, BadDataFound = null };
        try
        {
            using var csv = new CsvReader(reader, config);
            if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                return new ParsedFile([], UiText.Of("The file has no heading row."));
            }
            var headings = header.Select(h => h.Trim()).ToArray();
            var missing = format.Headings.Where(h => !headings.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
            if (missing.Count > 0)
            {
                return new ParsedFile([], UiText.Format("This is not the {0} template: missing column(s) {1}. Expected headings: {2}.", format.Title, string.Join(", ", missing), string.Join(",", format.Headings)));
            }
            var records = new List<CsvRecord>();
            while (await csv.ReadAsync())
            {
                var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < headings.Length; i++)
                {
                    values[headings[i]] = csv.TryGetField<string>(i, out var v) ? v ?? "" : "";
                }
                if (values.Values.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }
                records.Add(new CsvRecord(csv.Parser.RawRow, values));
            }
            return records.Count == 0 ? new ParsedFile([], UiText.Of("The file has headings but no rows.")) : new ParsedFile(records, null);
        }
        catch (DecoderFallbackException)
        {
            return new ParsedFile([], UiText.Of("The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\"."));
        }
        catch (CsvHelperException e)
        {
            return new ParsedFile([], UiText.Format("The file could not be read as CSV: {0}", e.Message.Split('\n')[0]));
        }
    }

    public static byte[] Template<TInput>(IMasterCsvFormat<TInput> format)
    {
        return Export.SpreadsheetText.CsvBytes([format.Headings, format.ExampleRow]);
    }
}
