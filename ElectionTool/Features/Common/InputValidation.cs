using System.ComponentModel.DataAnnotations;
using ElectionTool.Resources;

namespace ElectionTool.Features.Common;

/// <summary>The one check of an input model's annotations, whether it came from a dialog, a file or the command line.</summary>
public static class InputValidation
{
    public static List<FieldError> Validate(object input)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        return results
            .Select(r => new FieldError(r.MemberNames.FirstOrDefault() ?? "", UiText.Of(r.ErrorMessage ?? "is not valid")))
            .ToList();
    }
}

/// <summary>A problem with one field; Field is the input property (or file column) it concerns.</summary>
public sealed record FieldError(string Field, string Message)
{
    public override string ToString() => string.IsNullOrEmpty(Field) ? Message : $"{Field}: {Message}";
}

public enum SaveKind
{
    Created,
    Updated,
    Unchanged,
    Rejected,
}

/// <summary>What happened to one saved record; Errors is non-empty only when Rejected.</summary>
public sealed record SaveOutcome(SaveKind Kind, IReadOnlyList<FieldError> Errors)
{
    public static readonly SaveOutcome Created = new(SaveKind.Created, []);
    public static readonly SaveOutcome Updated = new(SaveKind.Updated, []);
    public static readonly SaveOutcome Unchanged = new(SaveKind.Unchanged, []);

    public bool Succeeded => Kind != SaveKind.Rejected;

    public static SaveOutcome Rejected(params FieldError[] errors) => new(SaveKind.Rejected, errors);

    public static SaveOutcome Rejected(IReadOnlyList<FieldError> errors) => new(SaveKind.Rejected, errors);

    public string Message => string.Join(" ", Errors.Select(e => e.ToString()));
}
