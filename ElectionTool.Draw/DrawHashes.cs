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
        DrawInput input, int stage, string? previousOutputHash, IEnumerable<DrawEmployee> people, bool keepText, string? version = null) =>
        Input(input, stage, previousOutputHash, people, keepText, version, null);

    /// <summary>The same, with ET-DRAW-2's couple Ids of exactly <paramref name="people"/> already worked out (stage 1 needs them twice).</summary>
    internal static (string Hash, string? Text) Input(
        DrawInput input, int stage, string? previousOutputHash, IEnumerable<DrawEmployee> people, bool keepText, string? version,
        Dictionary<string, long>? coupleIds)
    {
        version = DrawAlgorithm.Resolve(version);
        // ET-DRAW-1 wrote each person's spouse key as it was; ET-DRAW-2 writes the couple's smallest Id instead (which
        // does not depend on the order the people come in).
        var v1 = DrawAlgorithm.IsV1(version);
        var listed = people as IReadOnlyList<DrawEmployee> ?? people.ToList();
        var couples = v1 ? [] : coupleIds ?? CoupleIds(listed);
        // The people are written as they come, their id order checked on the way: they usually are in it (the pool, the
        // drafted), and that saves a pass over 60,000 people before writing. Out of order, the text is written again, sorted.
        return InputText(input, stage, previousOutputHash, listed, couples, v1, keepText, version)
            ?? InputText(input, stage, previousOutputHash, CanonicalOrder.ById(listed), couples, v1, keepText, version)!.Value;
    }

    /// <summary>The input text over people in id order, or null (the text unfinished) at the first one out of that order.</summary>
    private static (string Hash, string? Text)? InputText(
        DrawInput input, int stage, string? previousOutputHash, IReadOnlyList<DrawEmployee> people, Dictionary<string, long> couples, bool v1,
        bool keepText, string version)
    {
        using var w = new CanonicalWriter(keepText);
        w.Begin("ElectionTool.Draw.Input").Add(version).Add(stage).End();
        w.Begin("election").Add(input.ElectionId).End();
        if (previousOutputHash is not null)
        {
            w.Begin("previous").Add(previousOutputHash).End();
        }

        CanonicalLines.Write(w, "settings", CanonicalLines.Settings, input.Settings, null);
        foreach (var u in CanonicalOrder.Of(input.Units, ByCodeThenName))
        {
            CanonicalLines.Write(w, "unit", CanonicalLines.Unit, u, null);
        }

        // Sorted, when they must be, into scratch: each stage writes the stations, a thousands-long list each time.
        var stations = CanonicalOrder.Items(input.Stations);
        using var sortedStations = new RentedSpan<DrawStation>(stations.Length);
        foreach (var st in CanonicalOrder.ByUnitThenNumber(stations, sortedStations.Span))
        {
            CanonicalLines.Write(w, "station", CanonicalLines.Station, st, null);
        }

        var previousId = long.MinValue;
        foreach (var e in CanonicalOrder.Items(people))
        {
            // The order CanonicalOrder.ById keeps a list in: equal ids may follow each other, a smaller one may not.
            if (e.Id < previousId)
            {
                return null;
            }

            previousId = e.Id;
            long couple = 0;
            var hasCouple = !v1 && Eligibility.HasSpouse(e) && couples.TryGetValue(e.SpouseKey!, out couple);
            CanonicalLines.WriteEmployee(w, e, v1, hasCouple, couple);
        }

        return (w.HashHex(), w.Text);
    }

    /// <summary>
    /// ET-DRAW-2's pseudonymous couple key: for each SpouseKey held by two or more of the listed people, the
    /// smallest Id among them. Keys held by one person only are not couples and are written as null.
    /// </summary>
    public static Dictionary<string, long> CoupleIds(IEnumerable<DrawEmployee> people) => CoupleIds(people, out _);

    /// <summary>
    /// The same, and whether the people are listed in strictly ascending id order: stage 1 asks that of the pool too,
    /// and one walk over 60,000 scattered records is cheaper than two.
    /// </summary>
    internal static Dictionary<string, long> CoupleIds(IEnumerable<DrawEmployee> people, out bool strictlyAscending)
    {
        // One pass over the pool: per key its smallest Id and whether a second person holds it.
        var keys = new Dictionary<string, (long Smallest, bool Shared)>(StringComparer.Ordinal);
        var listed = CanonicalOrder.Items(people);
        var (ascending, previousId, sharedKeys) = (true, 0L, 0);
        for (var i = 0; i < listed.Length; i++)
        {
            var e = listed[i];
            ascending &= i == 0 || previousId < e.Id;
            previousId = e.Id;
            if (!Eligibility.HasSpouse(e))
            {
                continue;
            }

            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(keys, e.SpouseKey!, out var seen);
            sharedKeys += seen && !slot.Shared ? 1 : 0;
            slot = seen ? (Math.Min(slot.Smallest, e.Id), true) : (e.Id, false);
        }

        strictlyAscending = ascending;
        // Sized once: it is not grown by doubling through hundreds of couples.
        var couples = new Dictionary<string, long>(sharedKeys, StringComparer.Ordinal);
        foreach (var (key, (smallest, shared)) in keys)
        {
            if (shared)
            {
                couples[key] = smallest;
            }
        }

        return couples;
    }

    internal static string? CoupleOf(Dictionary<string, long> couples, DrawEmployee e) =>
        Eligibility.HasSpouse(e) && couples.TryGetValue(e.SpouseKey!, out var id)
            ? id.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : null;

    public static string Output(StageOneResult r, bool keepText = false) => OutputOne(r, keepText).Hash;

    public static (string Hash, string? Text) OutputOne(StageOneResult r, bool keepText)
    {
        using var w = Header(1, r.ElectionId, r.AlgorithmVersion, r.Seed, r.InputHash, keepText);
        foreach (var a in CanonicalOrder.Of(r.Assignments, ByRoleThenId))
        {
            var line = w.Begin("assignment"u8);
            line.Add(a.EmployeeId);
            line.Add(Name(a.Role));
            line.End();
        }

        return (w.HashHex(), w.Text);
    }

    public static string Output(StageTwoResult r) => OutputTwo(r, false).Hash;

    public static (string Hash, string? Text) OutputTwo(StageTwoResult r, bool keepText)
    {
        using var w = Header(2, r.ElectionId, r.AlgorithmVersion, r.Seed, r.InputHash, keepText);
        foreach (var p in CanonicalOrder.Of(r.Parties, ByNumber))
        {
            var party = w.Begin("party"u8);
            party.Add(p.PartyNumber);
            party.Add(p.UnitCode);
            party.Add(p.IsReserve);
            party.Add(p.AllWomen);
            party.End();
            foreach (var m in CanonicalOrder.Of(p.Members, ByRole))
            {
                var member = w.Begin("member"u8);
                member.Add(p.PartyNumber);
                member.Add(Name(m.Role));
                member.Add(m.EmployeeId);
                member.End();
            }
        }
        foreach (var x in CanonicalOrder.Of(r.ReservePersons, ByUnitRoleId))
        {
            var line = w.Begin("reserve"u8);
            line.Add(x.UnitCode);
            line.Add(Name(x.Role));
            line.Add(x.EmployeeId);
            line.End();
        }

        return (w.HashHex(), w.Text);
    }

    public static string Output(StageThreeResult r) => OutputThree(r, false).Hash;

    public static (string Hash, string? Text) OutputThree(StageThreeResult r, bool keepText)
    {
        using var w = Header(3, r.ElectionId, r.AlgorithmVersion, r.Seed, r.InputHash, keepText);
        foreach (var a in CanonicalOrder.Of(r.Allotments, ByStation))
        {
            var line = w.Begin("allotment"u8);
            line.Add(a.UnitCode);
            line.Add(a.StationNumber);
            line.Add(a.PartyNumber);
            line.End();
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

    private static readonly string[] RoleNames = Enum.GetNames<Role>();

    private static string Name(Role role) => (uint)role < (uint)RoleNames.Length ? RoleNames[(int)role] : role.ToString();

    // The orders of the canonical texts (docs/draw-algorithm.md); Ordinal for text, as the spec says.
    private static int ByCodeThenName(DrawUnit a, DrawUnit b)
    {
        var c = string.CompareOrdinal(a.Code, b.Code);
        return c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
    }

    private static int ByRoleThenId(StageOneAssignment a, StageOneAssignment b)
    {
        var c = ((int)a.Role).CompareTo((int)b.Role);
        return c != 0 ? c : a.EmployeeId.CompareTo(b.EmployeeId);
    }

    private static int ByNumber(DrawParty a, DrawParty b) => a.PartyNumber.CompareTo(b.PartyNumber);

    private static int ByRole(PartyMember a, PartyMember b) => ((int)a.Role).CompareTo((int)b.Role);

    internal static int ByUnitRoleId(ReservePerson a, ReservePerson b)
    {
        var c = string.CompareOrdinal(a.UnitCode, b.UnitCode);
        if (c == 0)
        {
            c = ((int)a.Role).CompareTo((int)b.Role);
        }

        return c != 0 ? c : a.EmployeeId.CompareTo(b.EmployeeId);
    }

    internal static int ByStation(StationAllotment a, StationAllotment b)
    {
        var c = string.CompareOrdinal(a.UnitCode, b.UnitCode);
        return c != 0 ? c : a.StationNumber.CompareTo(b.StationNumber);
    }
}
