using ElectionTool.Data;
using ElectionTool.Features.Common;
using ElectionTool.Features.Employees;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Import;

/// <summary>
/// Imports an office's staff file in the prescribed format (or the app's own export): every row is checked by the
/// same writer and validator as the grid, the good rows are saved together in one transaction, and each bad row is
/// reported with its row number, column and reason. Rows are matched by EPIC, so importing a file again changes nothing.
/// </summary>
public sealed class EmployeeImporter(IDbContextFactory<ElectionDbContext> dbFactory, EmployeeService employees, StaffListNotifier notifier)
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
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyAsync(officeId, file, layout, fileName, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // A grid save or a finalize on the same office won the race; read everything again and re-apply.
            }
        }
    }

    private async Task<StaffImportReport> ApplyAsync(int officeId, StaffFile file, StaffFileLayout layout, string fileName, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var writer = await employees.OpenWriterAsync(db, officeId, ct);
        if (writer is null)
        {
            return StaffImportReport.Refused(fileName, "This office does not exist.");
        }
        if (writer.LockedReason is { } locked)
        {
            return StaffImportReport.Refused(fileName, $"Nothing was imported. {locked}");
        }
        var rows = file.Rows.Select(r => (Row: r, Input: layout.ToInput(r))).ToList();
        await writer.PrefetchAsync([.. rows.Select(r => r.Input)], ct);

        var problems = new List<StaffRowProblem>();
        var rejectedRows = new List<StaffFileRow>();
        var unchanged = 0;
        foreach (var (row, input) in rows)
        {
            var outcome = layout.OfficeCode(row) is { } code && !string.Equals(code, writer.Office.Code, StringComparison.OrdinalIgnoreCase)
                ? RowOutcome.Rejected(StaffFileLayout.OfficeCodeHeading, $"This row belongs to office {code}, not {writer.Office.Code}.")
                : writer.Apply(input, matchByEpic: true);
            if (outcome.Kind == SaveKind.Unchanged)
            {
                unchanged++;
            }
            else if (!outcome.Succeeded)
            {
                rejectedRows.Add(row);
                problems.AddRange(outcome.Errors.Select(e => new StaffRowProblem(row.Number, e.Field, e.Message)));
            }
        }
        await writer.SaveAsync(ct);
        if (writer.Created + writer.Updated > 0)
        {
            notifier.Publish(new StaffListChange(officeId, writer.Office.DepartmentId, StaffChangeKind.RowsSaved, writer.Created + writer.Updated, DateTimeOffset.UtcNow));
        }
        return new StaffImportReport(fileName, rows.Count, writer.Created, writer.Updated, unchanged, problems)
        {
            Headings = file.Headings,
            RejectedRows = rejectedRows,
        };
    }
}
