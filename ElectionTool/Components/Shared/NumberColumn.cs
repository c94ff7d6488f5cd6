using System.Linq.Expressions;
using ElectionTool.Features.Language;
using MudBlazor;

namespace ElectionTool.Components.Shared;

/// <summary>
/// A data-grid column of a count or an amount, shown as the interface shows numbers (<see cref="IndianFormat"/>): Indian
/// grouping, and Devanagari digits when the district turns them on for Hindi. MudBlazor's own cells write western digits.
/// Sorting and filtering still read the number itself.
/// </summary>
public sealed class NumberColumn<T, TProperty> : PropertyColumn<T, TProperty>
{
    private Expression<Func<T, TProperty>>? _compiledFrom;
    private Func<T, TProperty>? _value;

    protected override void OnParametersSet()
    {
        base.OnParametersSet();
        if (!ReferenceEquals(_compiledFrom, Property))
        {
            _value = Property.Compile();
            _compiledFrom = Property;
        }
        CellTemplate ??= context => builder => builder.AddContent(0, Shown(_value!(context.Item)));
    }

    private static string Shown(TProperty value) => value switch
    {
        null => "",
        int n => IndianFormat.Number(n),
        long n => IndianFormat.Number(n),
        decimal n => IndianFormat.Number(n, n == decimal.Truncate(n) ? 0 : 2),
        double n => IndianFormat.Number(n, n == Math.Truncate(n) ? 0 : 1),
        _ => IndianFormat.Digits(value.ToString() ?? ""),
    };
}
