namespace ElectionTool.Draw;

/// <summary>
/// Puts items in a canonical text's order. The engine's own results are already in that order, so a list that
/// is in order is used as it is; anything else gets the same stable sort as before (equal keys keep their order).
/// </summary>
internal static class CanonicalOrder
{
    public static IReadOnlyList<T> Of<T>(IEnumerable<T> items, Comparison<T> compare)
    {
        var list = items as IReadOnlyList<T> ?? items.ToList();
        for (var i = 1; i < list.Count; i++)
        {
            if (compare(list[i - 1], list[i]) > 0)
            {
                return list.Order(Comparer<T>.Create(compare)).ToList();
            }
        }

        return list;
    }

    /// <summary>The same for people by id (the pool's order, checked four times a draw), comparing the ids directly.</summary>
    public static IReadOnlyList<DrawEmployee> ById(IEnumerable<DrawEmployee> people)
    {
        var list = people as IReadOnlyList<DrawEmployee> ?? people.ToList();
        if (list is DrawEmployee[] or List<DrawEmployee>)
        {
            var span = list is DrawEmployee[] array ? array.AsSpan() : System.Runtime.InteropServices.CollectionsMarshal.AsSpan((List<DrawEmployee>)list);
            for (var i = 1; i < span.Length; i++)
            {
                if (span[i - 1].Id > span[i].Id)
                {
                    return Of(list, static (a, b) => a.Id.CompareTo(b.Id));
                }
            }

            return list;
        }

        return Of(list, static (a, b) => a.Id.CompareTo(b.Id));
    }
}
