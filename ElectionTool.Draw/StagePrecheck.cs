namespace ElectionTool.Draw;

/// <summary>A stage builds only on an accepted, untampered previous stage of the same election.</summary>
internal static class StagePrecheck
{
    public static List<(DrawEmployee Person, Role Role)> Drafted(DrawInput input, StageOneResult stageOne, List<DrawFinding> findings)
    {
        Previous(input, 1, stageOne.ElectionId, stageOne.Report.Feasible, stageOne.OutputHash, DrawHashes.Output(stageOne), findings);
        var byId = new Dictionary<long, DrawEmployee>(input.Pool.Count);
        foreach (var e in input.Pool)
        {
            byId.TryAdd(e.Id, e);
        }

        var drafted = new List<(DrawEmployee, Role)>(stageOne.Assignments.Count);
        var missing = new List<long>();
        var seen = new HashSet<long>();
        foreach (var a in stageOne.Assignments.OrderBy(a => a.EmployeeId))
        {
            if (!seen.Add(a.EmployeeId))
            {
                findings.Add(new(DrawRules.Stage1, $"Employee {a.EmployeeId} holds two roles in stage 1.", 1, 2));
            }
            else if (byId.TryGetValue(a.EmployeeId, out var e))
            {
                drafted.Add((e, a.Role));
            }
            else
            {
                missing.Add(a.EmployeeId);
            }
        }
        if (missing.Count > 0)
        {
            findings.Add(new(DrawRules.Input, $"{missing.Count} drafted employees are missing from the pool: {string.Join(", ", missing.Take(10))}.", stageOne.Assignments.Count, stageOne.Assignments.Count - missing.Count));
        }

        return drafted;
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
}
