using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Common;

/// <summary>One page of a server-side list: what the grid asks for.</summary>
public sealed record PageRequest(int Page = 0, int PageSize = 25, string? Search = null, string? SortBy = null, bool Descending = false)
{
    public string? SearchTerm => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
}

public sealed record PageResult<T>(IReadOnlyList<T> Items, int Total);

public static class PagingExtensions
{
    /// <summary>Sorts by a named column (falling back to the first), counts, and takes one page — in SQL.</summary>
    public static async Task<PageResult<TRow>> ToPageAsync<TEntity, TRow>(
        this IQueryable<TEntity> query,
        PageRequest request,
        IReadOnlyDictionary<string, Expression<Func<TEntity, object?>>> sortColumns,
        Expression<Func<TEntity, TRow>> projection,
        CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var key = request.SortBy is not null && sortColumns.TryGetValue(request.SortBy, out var chosen) ? chosen : sortColumns.First().Value;
        var ordered = request.Descending ? query.OrderByDescending(key) : query.OrderBy(key);
        var size = Math.Clamp(request.PageSize, 1, 500);
        var items = await ordered.Skip(Math.Max(0, request.Page) * size).Take(size).Select(projection).ToListAsync(ct);
        return new PageResult<TRow>(items, total);
    }
}
