using ElectionTool.Data;
using ElectionTool.Features.Common;
using ElectionTool.Resources;

namespace ElectionTool.Features.Masters.Import;

/// <summary>One row of a CSV file: values by heading, and the file's line number for the report.</summary>
public sealed class CsvRecord(int line, IReadOnlyDictionary<string, string> values)
{
    public int Line { get; } = line;

    public string Get(string heading) => values.TryGetValue(heading, out var v) ? v.Trim() : "";

    public string? GetOptional(string heading) => Get(heading) is { Length: > 0 } v ? v : null;
}

/// <summary>A district master that can be imported from the prescribed CSV (upserted by its code).</summary>
public interface IMasterCsvFormat<TInput>
{
    string Title { get; }
    string FileName { get; }
    IReadOnlyList<string> Headings { get; }
    IReadOnlyList<string> ExampleRow { get; }

    /// <summary>Reads a row into the same input model the dialog edits; parse problems go into errors.</summary>
    TInput Read(CsvRecord record, List<FieldError> errors);

    /// <summary>Creates or updates by code in db (not yet saved), with the same rules as the dialog.</summary>
    Task<SaveOutcome> UpsertAsync(ElectionDbContext db, TInput input, string actor, CancellationToken ct);
}

public sealed record RejectedRow(int Line, string Column, string Reason);

public sealed record ImportReport(int Read, int Created, int Updated, int Unchanged, IReadOnlyList<RejectedRow> Rejected, string? FileError = null)
{
    public static ImportReport Refused(string reason) => new(0, 0, 0, 0, [], reason);

    public bool FileRefused => FileError is not null;

    public string Summary => FileRefused
        ? FileError!
        : UiText.Format("{0} rows read: {1} created, {2} updated, {3} unchanged, {4} rejected.", Read, Created, Updated, Unchanged, Rejected.Count);
}
