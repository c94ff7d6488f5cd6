namespace ElectionTool.Draw.Duties;

/// <summary>Canonical text of a duty draw's input and output (docs/draw-algorithm.md, "Duty draws"), hashed with SHA-256.</summary>
public static class DutyHashes
{
    /// <summary>Step 1 hashes the whole pool; step 2 hashes the selection it builds on and the posts.</summary>
    public static (string Hash, string? Text) Input(DutyInput input, int step, string? selectionOutputHash, bool keepText = false)
    {
        using var w = new CanonicalWriter(keepText);
        w.Begin("ElectionTool.Duty.Input").Add(DutyAlgorithm.Version).Add(input.Kind.ToString()).Add(step).End();
        w.Begin("election").Add(input.ElectionId).End();
        if (selectionOutputHash is not null)
        {
            w.Begin("previous").Add(selectionOutputHash).End();
        }

        var s = input.Settings;
        var r = input.Rules;
        w.Begin("settings").Add(s.PollDate).Add(s.RetirementMarginMonths).Add(r.MinPayLevel).Add(r.AllowGazetted).Add(r.ReservePercent).End();
        foreach (var p in input.Posts.OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            w.Begin("post").Add(p.Code).Add(p.UnitCode).End();
        }

        if (step == 1)
        {
            foreach (var p in input.Pool.OrderBy(p => p.Employee.Id))
            {
                var e = p.Employee;
                w.Begin("employee").Add(e.Id).Add(e.Epic).Add(e.Name).Add(e.OfficeId).Add(e.OfficeCode)
                    .Add(e.DepartmentCode).Add(p.DepartmentCategory).Add(p.ServiceGroup).Add(e.PayLevel).Add(e.Gazetted)
                    .Add(e.Contractual).Add(e.Disability).Add(e.ExemptionApproved).Add(e.RetirementDate)
                    .Add(e.VoterUnit).Add(e.ResidenceUnit).Add(e.HomeUnit).Add(e.OfficeUnit).Add(e.SpouseKey)
                    .Add(e.OfficeFinalized).End();
            }
        }
        return (w.HashHex(), w.Text);
    }

    public static (string Hash, string? Text) Output(DutyResult r, bool keepText = false)
    {
        using var w = new CanonicalWriter(keepText);
        w.Begin("ElectionTool.Duty.Output").Add(r.AlgorithmVersion).Add(r.Kind.ToString()).Add(r.Step).End();
        w.Begin("election").Add(r.ElectionId).End();
        w.Begin("seed").Add(r.Seed).End();
        w.Begin("input").Add(r.InputHash).End();
        foreach (var a in r.Assignments.OrderBy(a => a.Order))
        {
            w.Begin("duty").Add(a.Order).Add(a.EmployeeId).Add(a.PostCode).Add(a.UnitCode).Add(a.IsReserve).End();
        }

        return (w.HashHex(), w.Text);
    }
}
