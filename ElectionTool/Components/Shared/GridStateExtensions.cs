using ElectionTool.Features.Common;
using MudBlazor;

namespace ElectionTool.Components.Shared;

public static class GridStateExtensions
{
    /// <summary>Turns the grid's page and sort into the services' PageRequest (sort by the column's property name).</summary>
    public static PageRequest ToPageRequest<T>(this GridState<T> state, string? search)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        return new PageRequest(state.Page, state.PageSize, search, sort?.SortBy, sort?.Descending ?? false);
    }
}
