using ElectionTool.Features.Common;

namespace ElectionTool.Features.Employees;

/// <summary>What happened to one staff row: saved (created/updated/unchanged) or rejected with column errors.</summary>
public sealed record RowOutcome(SaveKind Kind, int EmployeeId, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Kind != SaveKind.Rejected;

    public static RowOutcome Rejected(IReadOnlyList<FieldError> errors) => new(SaveKind.Rejected, 0, errors);

    public static RowOutcome Rejected(string column, string message) => Rejected([new FieldError(column, message)]);

    public string? ErrorFor(string column) => Errors.FirstOrDefault(e => e.Field == column)?.Message;
}
