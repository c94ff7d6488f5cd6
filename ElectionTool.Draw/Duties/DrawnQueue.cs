namespace ElectionTool.Draw.Duties;

/// <summary>Who a draw has taken so far, shared by every queue of that draw: nobody twice, one spouse per couple.</summary>
internal sealed class DraftedPeople
{
    private readonly HashSet<long> taken = [];
    private readonly HashSet<string> spouses = new(StringComparer.Ordinal);

    public bool Blocks(DrawEmployee e) => taken.Contains(e.Id) || (Eligibility.HasSpouse(e) && spouses.Contains(e.SpouseKey!));

    public void Take(DrawEmployee e)
    {
        taken.Add(e.Id);
        if (Eligibility.HasSpouse(e))
        {
            spouses.Add(e.SpouseKey!);
        }
    }
}

/// <summary>
/// A shuffle drawn lazily; Take returns the earliest person of it who fits and is not blocked by
/// <see cref="DraftedPeople"/> (already taken, or the spouse of someone taken) — by this queue or another of the same draw.
/// </summary>
internal sealed class DrawnQueue(IEnumerator<DrawEmployee> source, DraftedPeople drafted)
{
    private readonly List<DrawEmployee> seen = [];
    private int firstFree;

    public DrawEmployee? Take(Func<DrawEmployee, bool> fits)
    {
        for (var i = firstFree; ; i++)
        {
            if (i == seen.Count)
            {
                if (!source.MoveNext())
                {
                    return null;
                }
                seen.Add(source.Current);
            }
            var e = seen[i];
            if (drafted.Blocks(e))
            {
                if (i == firstFree)
                {
                    firstFree++;
                }
                continue;
            }
            if (fits(e))
            {
                drafted.Take(e);
                return e;
            }
        }
    }
}
