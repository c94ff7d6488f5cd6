namespace ElectionTool.Draw;

/// <summary>
/// The canonical serializations of docs/draw-algorithm.md. Each returns the lowercase hex SHA-256;
/// pass keepText to also get the exact text that was hashed.
/// </summary>
public static class DrawHashes
{
    /// <summary>Stage 1 hashes the whole pool: eligibility is part of what it decides.</summary>
    public static string StageOneInput(DrawInput input, bool keepText = false) =>
        Input(input, 1, previousOutputHash: null, input.Pool, keepText).Hash;

    public static string StageOneInput(DrawInput input, string version) =>
        Input(input, 1, previousOutputHash: null, input.Pool, false, version).Hash;

    /// <summary>Stage 2 hashes only the drafted people, so later edits to anyone else cannot change it.</summary>
    public static string StageTwoInput(DrawInput input, string stageOneOutputHash, IEnumerable<DrawEmployee> drafted, string? version = null) =>
        Input(input, 2, stageOneOutputHash, drafted, false, version).Hash;

    public static string StageThreeInput(DrawInput input, string stageTwoOutputHash, string? version = null) =>
        Input(input, 3, stageTwoOutputHash, [], false, version).Hash;

    /// <summary>
    /// The input text of a stage under an algorithm version (default: the current one). From ET-DRAW-2 the
    /// text is pseudonymous: no name, no EPIC, and a couple is named by the smallest Id among its listed members.
    /// </summary>
    public static (string Hash, string? Text) Input(
        DrawInput input, int stage, string? previousOutputHash, IEnumerable<DrawEmployee> people, bool keepText, string? version = null)
    {
        version = DrawAlgorithm.Resolve(version);
        using var w = new CanonicalWriter(keepText);
        w.Begin("ElectionTool.Draw.Input").Add(version).Add(stage).End();
        w.Begin("election").Add(input.ElectionId).End();
        if (previousOutputHash is not null)
        {
            w.Begin("previous").Add(previousOutputHash).End();
        }

        var s = input.Settings;
        w.Begin("settings").Add(s.PollDate).Add(s.RetirementMarginMonths).Add(s.PresidingMinPayLevel)
            .Add(s.PollingOfficer1MinPayLevel).Add(s.PresidingAllowGazetted).Add(s.IncludeFourthOfficer)
            .Add(s.FourthOfficerElectorsThreshold).Add(s.ReservePercent).Add(s.NoSameDepartment)
            .Add(s.WomenRule.ToString()).Add(s.AllWomenForWomenManaged).End();
        foreach (var u in input.Units.OrderBy(u => u.Code, StringComparer.Ordinal).ThenBy(u => u.Name, StringComparer.Ordinal))
        {
            w.Begin("unit").Add(u.Code).Add(u.Name).End();
        }

        foreach (var st in input.Stations.OrderBy(x => x.UnitCode, StringComparer.Ordinal).ThenBy(x => x.Number))
        {
            w.Begin("station").Add(st.UnitCode).Add(st.Number).Add(st.Name).Add(st.Electors).Add(st.WomenManaged).End();
        }

        if (DrawAlgorithm.IsV1(version))
        {
            WriteNamedEmployees(w, people);
        }
        else
        {
            var listed = people.OrderBy(e => e.Id).ToList();
            var couples = CoupleIds(listed);
            foreach (var e in listed)
            {
                w.Begin("employee").Add(e.Id).Add(e.OfficeId).Add(e.OfficeCode).Add(e.DepartmentCode)
                    .Add(e.Gender.ToString()).Add(e.PayLevel).Add(e.BasicPay).Add(e.Gazetted).Add(e.Contractual)
                    .Add(e.Disability).Add(e.ExemptionApproved).Add(e.RetirementDate).Add(e.VoterUnit)
                    .Add(e.ResidenceUnit).Add(e.HomeUnit).Add(e.OfficeUnit).Add(CoupleOf(couples, e))
                    .Add(e.OfficeFinalized).End();
            }
        }
        return (w.HashHex(), w.Text);
    }

    /// <summary>
    /// ET-DRAW-2's pseudonymous couple key: for each SpouseKey held by two or more of the listed people, the
    /// smallest Id among them. Keys held by one person only are not couples and are written as null.
    /// </summary>
    public static Dictionary<string, long> CoupleIds(IEnumerable<DrawEmployee> people) =>
        people.Where(Eligibility.HasSpouse).GroupBy(e => e.SpouseKey!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.Min(e => e.Id), StringComparer.Ordinal);

    internal static string? CoupleOf(Dictionary<string, long> couples, DrawEmployee e) =>
        Eligibility.HasSpouse(e) && couples.TryGetValue(e.SpouseKey!, out var id)
            ? id.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>ET-DRAW-1's employee lines: all 20 fields, names and EPIC included.</summary>
    private static void WriteNamedEmployees(CanonicalWriter w, IEnumerable<DrawEmployee> people)
    {
        foreach (var e in people.OrderBy(e => e.Id))
        {
            w.Begin("employee").Add(e.Id).Add(e.Epic).Add(e.Name).Add(e.OfficeId).Add(e.OfficeCode)
                .Add(e.DepartmentCode).Add(e.Gender.ToString()).Add(e.PayLevel).Add(e.BasicPay).Add(e.Gazetted)
                .Add(e.Contractual).Add(e.Disability).Add(e.ExemptionApproved).Add(e.RetirementDate)
                .Add(e.VoterUnit).Add(e.ResidenceUnit).Add(e.HomeUnit).Add(e.OfficeUnit).Add(e.SpouseKey)
                .Add(e.OfficeFinalized).End();
        }
    }

    public static string Output(StageOneResult r, bool keepText = false) => OutputOne(r, keepText).Hash;

    public static (string Hash, string? Text) OutputOne(StageOneResult r, bool keepText)
    {
        using var w = Header(1, r.ElectionId, r.AlgorithmVersion, r.Seed, r.InputHash, keepText);
        foreach (var a in r.Assignments.OrderBy(a => a.Role).ThenBy(a => a.EmployeeId))
        {
            w.Begin("assignment").Add(a.EmployeeId).Add(a.Role.ToString()).End();
        }

        return (w.HashHex(), w.Text);
    }

    public static string Output(StageTwoResult r) => OutputTwo(r, false).Hash;

    public static (string Hash, string? Text) OutputTwo(StageTwoResult r, bool keepText)
    {
        using var w = Header(2, r.ElectionId, r.AlgorithmVersion, r.Seed, r.InputHash, keepText);
        foreach (var p in r.Parties.OrderBy(p => p.PartyNumber))
        {
            w.Begin("party").Add(p.PartyNumber).Add(p.UnitCode).Add(p.IsReserve).Add(p.AllWomen).End();
            foreach (var m in p.Members.OrderBy(m => m.Role))
            {
                w.Begin("member").Add(p.PartyNumber).Add(m.Role.ToString()).Add(m.EmployeeId).End();
            }
        }
        foreach (var x in r.ReservePersons.OrderBy(x => x.UnitCode, StringComparer.Ordinal)
                     .ThenBy(x => x.Role).ThenBy(x => x.EmployeeId))
        {
            w.Begin("reserve").Add(x.UnitCode).Add(x.Role.ToString()).Add(x.EmployeeId).End();
        }

        return (w.HashHex(), w.Text);
    }

    public static string Output(StageThreeResult r) => OutputThree(r, false).Hash;

    public static (string Hash, string? Text) OutputThree(StageThreeResult r, bool keepText)
    {
        using var w = Header(3, r.ElectionId, r.AlgorithmVersion, r.Seed, r.InputHash, keepText);
        foreach (var a in r.Allotments.OrderBy(a => a.UnitCode, StringComparer.Ordinal).ThenBy(a => a.StationNumber))
        {
            w.Begin("allotment").Add(a.UnitCode).Add(a.StationNumber).Add(a.PartyNumber).End();
        }

        return (w.HashHex(), w.Text);
    }

    private static CanonicalWriter Header(int stage, string electionId, string version, string seed, string inputHash, bool keepText)
    {
        var w = new CanonicalWriter(keepText);
        w.Begin("ElectionTool.Draw.Output").Add(version).Add(stage).End();
        w.Begin("election").Add(electionId).End();
        w.Begin("seed").Add(seed).End();
        w.Begin("input").Add(inputHash).End();
        return w;
    }
}
