namespace ElectionTool.Draw.Counting;

/// <summary>
/// Canonical text of each counting step's input and output (docs/draw-algorithm.md, "Counting stages"), hashed with
/// SHA-256. Pseudonymous like ET-DRAW-2: no name, no EPIC, a couple named by its smallest Id.
/// </summary>
public static class CountingHashes
{
    /// <summary>Step 1 lists the whole pool; steps 2 and 3 only the people the previous step drafted, and its output hash.</summary>
    public static (string Hash, string? Text) Input(CountingInput input, int step, CountingResult? previous, bool keepText = false)
    {
        using var w = new CanonicalWriter(keepText);
        w.Begin("ElectionTool.Counting.Input").Add(CountingAlgorithm.Version).Add(step).End();
        w.Begin("election").Add(input.ElectionId).End();
        if (previous is not null)
        {
            w.Begin("previous").Add(previous.OutputHash).End();
        }

        var r = input.Rules;
        w.Begin("settings").Add(input.Settings.PollDate).Add(input.Settings.RetirementMarginMonths)
            .Add(r.SupervisorMinPayLevel).Add(r.SupervisorAllowGazetted).Add(r.ReservePercent).End();
        foreach (var h in input.Halls.OrderBy(h => h.Code, StringComparer.Ordinal))
        {
            w.Begin("hall").Add(h.Code).Add(h.UnitCode).Add(h.Name).Add(h.Tables).Add(h.PostalTables).End();
        }

        var drafted = previous?.Assignments.Select(a => a.EmployeeId).ToHashSet();
        var listed = input.Pool.Where(p => drafted is null || drafted.Contains(p.Employee.Id)).OrderBy(p => p.Employee.Id).ToList();
        var couples = DrawHashes.CoupleIds(listed.Select(p => p.Employee));
        foreach (var p in listed)
        {
            var e = p.Employee;
            w.Begin("employee").Add(e.Id).Add(e.OfficeId).Add(e.OfficeCode).Add(e.DepartmentCode).Add(p.DepartmentCategory)
                .Add(p.ServiceGroup).Add(e.PayLevel).Add(e.BasicPay).Add(e.Gazetted).Add(e.Contractual).Add(e.Disability)
                .Add(e.ExemptionApproved).Add(e.RetirementDate).Add(e.VoterUnit).Add(e.ResidenceUnit).Add(e.HomeUnit)
                .Add(e.OfficeUnit).Add(DrawHashes.CoupleOf(couples, e)).Add(e.OfficeFinalized).End();
        }
        return (w.HashHex(), w.Text);
    }

    public static (string Hash, string? Text) Output(CountingResult r, bool keepText = false)
    {
        using var w = new CanonicalWriter(keepText);
        w.Begin("ElectionTool.Counting.Output").Add(r.AlgorithmVersion).Add(r.Step).End();
        w.Begin("election").Add(r.ElectionId).End();
        w.Begin("seed").Add(r.Seed).End();
        w.Begin("input").Add(r.InputHash).End();
        foreach (var a in r.Assignments.OrderBy(a => a.Order))
        {
            w.Begin("staff").Add(a.Order).Add(a.EmployeeId).Add(a.Role.ToString()).Add(a.HallCode).Add(a.UnitCode)
                .Add(a.Table is { } t ? t.ToString(System.Globalization.CultureInfo.InvariantCulture) : null).Add(a.IsReserve).End();
        }

        return (w.HashHex(), w.Text);
    }

    internal static CountingResult Finish(CountingInput input, int step, string seed, string inputHash, List<DrawFinding> findings, List<CountingAssignment> assignments)
    {
        var feasible = findings.All(f => !f.Blocking);
        var result = new CountingResult
        {
            ElectionId = input.ElectionId,
            Step = step,
            AlgorithmVersion = CountingAlgorithm.Version,
            Seed = seed,
            InputHash = inputHash,
            OutputHash = "",
            Report = DrawReport.From(findings),
            Assignments = feasible ? assignments : [],
        };
        return result with { OutputHash = Output(result).Hash };
    }
}
