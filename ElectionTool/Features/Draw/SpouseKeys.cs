namespace ElectionTool.Features.Draw;

/// <summary>
/// Links couples in the pool: a person whose spouse EPIC or spouse mobile names another person of the pool is
/// linked to them (either side entering it is enough). Each linked group gets one key, the smallest EPIC in it,
/// so the draw keeps only one of them.
/// </summary>
public sealed class SpouseKeys
{
    private readonly Dictionary<int, int> _parent = [];
    private readonly Dictionary<int, string> _epic = [];

    public SpouseKeys(IEnumerable<(int Id, string Epic, string Mobile, string? SpouseEpic, string? SpouseMobile)> people)
    {
        var list = people.ToList();
        var byEpic = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var byMobile = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in list)
        {
            _epic[p.Id] = p.Epic;
            byEpic.TryAdd(p.Epic, p.Id);
            byMobile.TryAdd(p.Mobile, p.Id);
        }
        foreach (var p in list)
        {
            if (!string.IsNullOrWhiteSpace(p.SpouseEpic) && byEpic.TryGetValue(p.SpouseEpic.Trim(), out var a) && a != p.Id)
            {
                Union(p.Id, a);
            }

            if (!string.IsNullOrWhiteSpace(p.SpouseMobile) && byMobile.TryGetValue(p.SpouseMobile.Trim(), out var b) && b != p.Id)
            {
                Union(p.Id, b);
            }
        }
        var groups = _parent.Keys.GroupBy(Find).ToList();
        foreach (var group in groups)
        {
            var key = group.Select(id => _epic[id]).Min(StringComparer.Ordinal)!;
            foreach (var id in group)
            {
                Keys[id] = key;
            }
        }
    }

    private Dictionary<int, string> Keys { get; } = [];

    public string? KeyOf(int id) => Keys.GetValueOrDefault(id);

    private int Find(int id)
    {
        while (_parent.TryGetValue(id, out var up) && up != id)
        {
            id = up;
        }

        return id;
    }

    private void Union(int a, int b)
    {
        _parent.TryAdd(a, a);
        _parent.TryAdd(b, b);
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb)
        {
            _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
