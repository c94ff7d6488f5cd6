using ElectionTool.Data;
using ElectionTool.Features.Common;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Api;

/// <summary>The outcome of an upsert: a report, or why the whole request was refused (status and reason).</summary>
public sealed record StaffUpsertOutcome(ApiStaffUpsertReport? Report, int Status = StatusCodes.Status200OK, string? Refusal = null);

/// <summary>
/// Upserts an office's staff sent by outside software through the same <see cref="StaffWriter"/> (and so the same
/// validator, one-person-once check and finalized lock) as the grid and the import. All or none: if any row is
/// rejected nothing is written. Rows are matched by EPIC, so sending the same body again changes nothing.
/// </summary>
public sealed class StaffUpsertService(IDbContextFactory<ElectionDbContext> dbFactory, EmployeeService employees)
{
    public const int MaxRows = 5_000;

    public async Task<StaffUpsertOutcome> UpsertAsync(int officeId, IReadOnlyList<ApiStaffRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0 || rows.Count > MaxRows)
        {
            return new(null, StatusCodes.Status400BadRequest, $"Send between 1 and {MaxRows} rows in 'rows'.");
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyAsync(officeId, rows, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // A grid save, import or finalize on the same office won the race; read again and re-apply.
            }
        }
    }

    private async Task<StaffUpsertOutcome> ApplyAsync(int officeId, IReadOnlyList<ApiStaffRow> rows, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var writer = await employees.OpenWriterAsync(db, officeId, ct);
        if (writer is null)
        {
            return new(null, StatusCodes.Status404NotFound, "This office does not exist.");
        }
        if (writer.LockedReason is { } locked)
        {
            return new(null, StatusCodes.Status409Conflict, $"Nothing was saved. {locked}");
        }
        var inputs = rows.Select(r => (r ?? new ApiStaffRow()).ToInput()).ToList();
        await writer.PrefetchAsync(inputs, ct);

        var results = new List<ApiRowResult>();
        var problems = new List<StaffRowProblem>();
        var unchanged = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            var outcome = writer.Apply(inputs[i], matchByEpic: true, tag: i + 1);
            var epic = FieldParsers.Epic(inputs[i].Epic) ?? inputs[i].Epic.Trim();
            results.Add(new ApiRowResult(i + 1, epic, outcome.Kind.ToString()));
            unchanged += outcome.Kind == SaveKind.Unchanged ? 1 : 0;
            problems.AddRange(outcome.Errors.Select(e => new StaffRowProblem(i + 1, e.Field, e.Message)));
        }
        var office = writer.Office.Code;
        if (problems.Count > 0)
        {
            // All or none: dropping the context discards every staged row.
            var named = await StaffHolders.NameOtherOfficesAsync(db, writer.Office.Id, inputs, problems, ct);
            var notSaved = results.Select(r => r.Result == nameof(SaveKind.Rejected) ? r : r with { Result = "NotSaved" }).ToList();
            return new(new ApiStaffUpsertReport(office, rows.Count, 0, 0, 0, false, named, notSaved), StatusCodes.Status422UnprocessableEntity);
        }
        // The writer saves in one transaction and tells open screens itself. A row another office entered in the
        // meantime (a clash at write time) comes back rejected; the rest are saved.
        var saved = await writer.SaveAsync(ct);
        var created = saved.Count(o => o.Outcome.Kind == SaveKind.Created);
        var updated = saved.Count(o => o.Outcome.Kind == SaveKind.Updated);
        foreach (var late in saved.Where(o => !o.Outcome.Succeeded))
        {
            results[late.Tag - 1] = results[late.Tag - 1] with { Result = nameof(SaveKind.Rejected) };
        }
        return new(new ApiStaffUpsertReport(office, rows.Count, created, updated, unchanged, true, [], results));
    }
}
