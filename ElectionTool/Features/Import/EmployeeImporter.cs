using ElectionTool.Data;
using ElectionTool.Features.Common;
using ElectionTool.Features.Employees;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Import;

/// <summary>
/// Imports an office's staff file in the prescribed format (or the app's own export): every row is checked by the
/// same writer and validator as the grid, the good rows are saved together in one transaction, and each bad row is
/// reported with its row number, column and reason. Rows are matched by EPIC, so importing a file again changes nothing.
/// </summary>
public sealed class EmployeeImporter(IDbContextFactory<ElectionDbContext> dbFactory, EmployeeService employees)
{
    public async Task<StaffImportReport> ImportAsync(int officeId, Stream stream, string fileName, CancellationToken ct)
    {
        var read = await StaffFileReader.ReadAsync(stream, ct);
        if (read.File is not { } file)
        {
            return StaffImportReport.Refused(fileName, read.Error!);
        }
        var layout = StaffFileLayout.Map(file.Headings);
        if (layout.Missing.Count > 0)
        {
            return StaffImportReport.Refused(fileName, layout.MissingMessage(file.Headings));
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var writer = await employees.OpenWriterAsync(db, officeId, ct);
        if (writer is null)
        {
            return StaffImportReport.Refused(fileName, UiText.Of("This office does not exist."));
        }
        if (writer.LockedReason is { } locked)
        {
            return StaffImportReport.Refused(fileName, UiText.Format("Nothing was imported. {0}", locked));
        }
        var rows = file.Rows.Select(r => (Row: r, Input: layout.ToInput(r))).ToList();
        var examples = rows.RemoveAll(r => StaffTemplates.IsExample(r.Input));
        await writer.PrefetchAsync([.. rows.Select(r => r.Input)], ct);

        var outcomes = new Dictionary<int, RowOutcome>();
        foreach (var (row, input) in rows)
        {
            ct.ThrowIfCancellationRequested();
            outcomes[row.Number] = layout.OfficeCode(row) is { } code && !string.Equals(code, writer.Office.Code, StringComparison.OrdinalIgnoreCase)
                ? RowOutcome.Rejected(StaffFileLayout.OfficeCodeHeading, UiText.Format("This row belongs to office {0}, not {1}.", code, writer.Office.Code))
                : writer.Apply(input, matchByEpic: true, tag: row.Number);
        }
        // The write may still turn a row down (entered meanwhile by another office); the rest save regardless.
        foreach (var saved in await writer.SaveAsync(ct))
        {
            outcomes[saved.Tag] = saved.Outcome;
        }
        var rejected = rows.Where(r => !outcomes[r.Row.Number].Succeeded).ToList();
        return new StaffImportReport(fileName, rows.Count, Count(SaveKind.Created), Count(SaveKind.Updated), Count(SaveKind.Unchanged),
            [.. rejected.SelectMany(r => outcomes[r.Row.Number].Errors.Select(e => new StaffRowProblem(r.Row.Number, e.Field, e.Message)))])
        {
            Headings = file.Headings,
            RejectedRows = [.. rejected.Select(r => r.Row)],
            ExampleRowsSkipped = examples,
        };

        int Count(SaveKind kind) => outcomes.Values.Count(o => o.Kind == kind);
    }
}
