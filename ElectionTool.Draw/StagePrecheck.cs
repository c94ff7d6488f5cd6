namespace ElectionTool.Draw;

/// <summary>A stage builds only on an accepted, untampered previous stage of the same election.</summary>
internal static class StagePrecheck
{
    public static StageTwoDrafted Drafted(DrawInput input, StageOneResult stageOne, List<DrawFinding> findings)
    {
        Previous(input, 1, stageOne.ElectionId, stageOne.Report.Feasible, stageOne.OutputHash, DrawHashes.Output(stageOne), findings);
        // Read in place from a List or an array: 60,000 reads, none through the interface.
        var pool = CanonicalOrder.Items(input.Pool);
        return InPoolOrder(pool, stageOne.Assignments) ?? Checked(pool, stageOne.Assignments, findings);
    }

    /// <summary>
    /// The drafted as every stage 1 gives them, found in one walk of the pool: each id assigned once, every one in the
    /// pool, the pool in id order and the ids dense (looked up by <see cref="IdSlots"/>' array). Null when any of that
    /// fails: <see cref="Checked"/> then says what.
    /// </summary>
    private static StageTwoDrafted? InPoolOrder(ReadOnlySpan<DrawEmployee> pool, IReadOnlyList<StageOneAssignment> assignments)
    {
        // Scratch of the drafted count, a large object each: rented, so a draw leaves fewer for a full collection.
        using var idScratch = new RentedSpan<long>(assignments.Count);
        using var roleScratch = new RentedSpan<Role>(assignments.Count);
        var ids = idScratch.Span;
        var roles = roleScratch.Span;
        for (var i = 0; i < ids.Length; i++)
        {
            (ids[i], roles[i]) = (assignments[i].EmployeeId, assignments[i].Role);
        }

        using var slots = new IdSlots(ids);
        if (!slots.Dense)
        {
            return null;
        }

        foreach (var id in ids)
        {
            if (!slots.TryAdd(id))
            {
                return null;
            }
        }

        // No id repeats, so an id's slot is its place in the assignments. Of a pool id listed twice, the first record counts.
        var drafted = new StageTwoDrafted(ids.Length);
        for (var i = 0; i < pool.Length; i++)
        {
            var id = pool[i].Id;
            if (i > 0 && id <= pool[i - 1].Id)
            {
                if (id < pool[i - 1].Id)
                {
                    drafted.Dispose();
                    return null;
                }

                continue;
            }

            if (slots.Of(id) is var slot && slot >= 0)
            {
                drafted.Add((pool[i], roles[slot]));
            }
        }

        if (drafted.Count == ids.Length)
        {
            return drafted;
        }

        drafted.Dispose();
        return null;
    }

    /// <summary>The drafted in id order, with a finding for each id assigned twice and one for those not in the pool.</summary>
    private static StageTwoDrafted Checked(ReadOnlySpan<DrawEmployee> pool, IReadOnlyList<StageOneAssignment> assignments, List<DrawFinding> findings)
    {
        // Stage 1's assignments in id order (stable: of an id listed twice, the first listed comes first), and
        // the pool's first record of each drafted id; the pool is read once, never indexed whole.
        var listed = new (long Id, int Order)[assignments.Count];
        for (var i = 0; i < listed.Length; i++)
        {
            listed[i] = (assignments[i].EmployeeId, i);
        }

        var ids = CanonicalOrder.Sort(listed, default(ByDraftedId));
        var person = FirstRecords(pool, ids);

        var drafted = new StageTwoDrafted(assignments.Count);
        var missing = new List<long>();
        for (var i = 0; i < ids.Length; i++)
        {
            if (i > 0 && ids[i].Id == ids[i - 1].Id)
            {
                findings.Add(new(DrawRules.Stage1, $"Employee {ids[i].Id} holds two roles in stage 1.", 1, 2));
            }
            else if (person[i] is { } e)
            {
                drafted.Add((e, assignments[ids[i].Order].Role));
            }
            else
            {
                missing.Add(ids[i].Id);
            }
        }
        if (missing.Count > 0)
        {
            findings.Add(new(DrawRules.Input, $"{missing.Count} drafted employees are missing from the pool: {string.Join(", ", missing.Take(10))}.", assignments.Count, assignments.Count - missing.Count));
        }

        return drafted;
    }

    /// <summary>
    /// For each of the sorted ids, the pool's first record with that id (at the id's first slot), or null. A pool in id
    /// order (as the app and stage 1 give it) is walked beside the ids, checking the order as it goes; any other is
    /// looked up through a dictionary.
    /// </summary>
    private static DrawEmployee?[] FirstRecords(ReadOnlySpan<DrawEmployee> pool, (long Id, int Order)[] ids)
    {
        var person = new DrawEmployee?[ids.Length];
        var at = 0;
        var previous = long.MinValue;
        foreach (var e in pool)
        {
            var id = e.Id;
            if (id < previous)
            {
                return FirstRecordsUnordered(pool, ids);
            }

            previous = id;
            while (at < ids.Length && ids[at].Id < id)
            {
                at++;
            }

            // The first record of an id comes first in an id-ordered pool; its later records find the slot taken.
            if (at < ids.Length && ids[at].Id == id)
            {
                person[at] ??= e;
            }
        }

        return person;
    }

    private static DrawEmployee?[] FirstRecordsUnordered(ReadOnlySpan<DrawEmployee> pool, (long Id, int Order)[] ids)
    {
        var person = new DrawEmployee?[ids.Length];
        var slot = new Dictionary<long, int>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            slot.TryAdd(ids[i].Id, i);
        }

        foreach (var e in pool)
        {
            if (slot.TryGetValue(e.Id, out var at))
            {
                person[at] ??= e;
            }
        }

        return person;
    }

    /// <summary>
    /// The version a later stage runs under: the one asked for, else the previous stage's. A previous stage of
    /// another or an unknown version is a blocking finding (the current version is then used for the hashes).
    /// </summary>
    public static string Version(string previousVersion, string? asked, List<DrawFinding> findings)
    {
        var version = asked ?? previousVersion;
        if (!DrawAlgorithm.IsSupported(version))
        {
            findings.Add(new(DrawRules.Version, $"Algorithm version '{version}' is not known to this build (known: {string.Join(", ", DrawAlgorithm.Supported)}).", 1, 0));
            return DrawAlgorithm.Version;
        }

        if (!string.Equals(version, previousVersion, StringComparison.Ordinal))
        {
            findings.Add(new(DrawRules.Version, $"The previous stage was drawn under {previousVersion}; this stage must run under the same version, not {version}.", 1, 0));
        }

        return version;
    }

    public static void Previous(DrawInput input, int stage, string electionId, bool feasible, string claimedHash, string actualHash, List<DrawFinding> findings)
    {
        if (!feasible)
        {
            findings.Add(new(DrawRules.Stage(stage), $"Stage {stage} did not produce a result to build on.", 1, 0));
        }

        if (!string.Equals(electionId, input.ElectionId, StringComparison.Ordinal))
        {
            findings.Add(new(DrawRules.Stage(stage), $"Stage {stage} belongs to election {electionId}, not {input.ElectionId}.", 1, 0));
        }

        if (!string.Equals(claimedHash, actualHash, StringComparison.Ordinal))
        {
            findings.Add(new(DrawRules.Stage(stage), $"Stage {stage}'s output hash does not match its content (recorded {claimedHash}, computed {actualHash}).", 1, 0));
        }
    }

    private readonly struct ByDraftedId : IComparer<(long Id, int Order)>
    {
        public int Compare((long Id, int Order) x, (long Id, int Order) y) => x.Id.CompareTo(y.Id);
    }
}
