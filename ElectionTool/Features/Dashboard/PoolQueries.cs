using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Elections;
using Microsoft.EntityFrameworkCore;
using Gender = ElectionTool.Data.Entities.Gender;

namespace ElectionTool.Features.Dashboard;

/// <summary>
/// The pool figures from one grouped scan of the staff in scope (a few hundred groups, never employee rows), then the
/// draw engine's own <see cref="Eligibility"/> rules and <see cref="DrawPlan"/> applied to one representative of each
/// group — so the dashboard's "eligible" and "needed" are the draw's, not a second reading of the rules.
/// </summary>
internal static class PoolQueries
{
    /// <summary>The engine's exclusion reasons, in the order it applies them, with how the dashboard words them.</summary>
    // English: resource keys, translated where shown — the dashboard's figures are cached and shared by viewers of every language
    private static readonly (string Reason, string Label)[] Exclusions =
    [
        ("office not finalized", "Office's list not finalized"),
        ("approved exemption", "Exemption approved"),
        ("person with disability", "Person with disability"),
        ("retiring before poll date + margin", "Retiring before poll date + margin"),
        ("every unit is their voter, residence, home or office unit", "Every polling unit is their home unit"),
    ];

    /// <param name="fullScan">Group every employee row (the old way, kept as the benchmark's baseline) instead of reading the staff counts.</param>
    public static async Task<(PoolBreakdown Breakdown, PoolAvailability Availability)> ComputeAsync(ElectionDbContext db, DashboardScope scope, bool fullScan, CancellationToken ct)
    {
        var election = await db.CurrentElection().AsNoTracking().FirstOrDefaultAsync(ct);
        var settings = election is null
            ? new DrawSettings { PollDate = DateOnly.MinValue, PresidingMinPayLevel = 8, PollingOfficer1MinPayLevel = 6 }
            : Draw.DrawInputBuilder.SettingsOf(election);
        var plan = election is null ? null : await PlanAsync(db, election, settings, ct);
        var unitCodes = plan?.Units.Select(u => u.UnitCode).ToList() ?? [];
        // A person has at most four home units, so only with four or fewer polling units can all of them be "home".
        var unitIds = unitCodes.Count is > 0 and <= 4
            ? await db.ConstituencyUnits.Where(u => unitCodes.Contains(u.Code)).Select(u => u.Id).ToListAsync(ct)
            : [];
        var cutoff = settings.PollDate.AddMonths(settings.RetirementMarginMonths);

        // Per department from the counts (so the micro-observers' central departments are summed from them too); the
        // full scan groups the facts alone and counts the micro-observers over the employees, as it always did.
        var packed = fullScan
            ? (await GroupAsync(Packed(scope.Employees(db), cutoff, unitIds), ct)).Select(g => (DepartmentId: 0, g.Key, g.Count)).ToList()
            : await CountedAsync(db, scope, cutoff, unitIds, ct);
        var groups = packed.Select(g => new { g.DepartmentId, Key = PoolGroup.Unpack(g.Key), g.Count }).ToList();

        var breakdown = new PoolBreakdown(
            Enum.GetValues<Gender>().Select(g => new CountBy(GenderLabel(g), groups.Where(x => x.Key.Gender == g).Sum(x => x.Count))).ToList(),
            Enum.GetValues<ServiceGroup>().Select(s => new CountBy($"Group {s}", groups.Where(x => x.Key.ServiceGroup == s).Sum(x => x.Count))).ToList(), // English: keys "Group A"…, translated where shown
            groups.GroupBy(x => x.Key.PayLevel).OrderBy(x => x.Key).Select(x => new CountBy($"L{x.Key}", x.Sum(y => y.Count))).ToList());

        var excluded = new Dictionary<string, int>(StringComparer.Ordinal);
        var roles = PartyRoles.All.Where(r => r != Role.PollingOfficer4 || settings.IncludeFourthOfficer).ToList();
        var eligibleByRole = roles.ToDictionary(r => r, _ => (All: 0, Women: 0));
        var eligible = 0;
        var duties = await DutyPoolTally.StartAsync(db, election, ct);
        var categories = DutyPoolTally.Central;
        List<int> central = fullScan ? [] : await db.Departments.Where(d => categories.Contains(d.Category)).Select(d => d.Id).ToListAsync(ct);
        var micro = 0;
        foreach (var group in groups)
        {
            var k = group.Key;
            var person = Representative(k.Finalized, k.Exempt, k.Disability, k.Retiring ? cutoff.AddDays(-1) : null,
                k.Blocked ? unitCodes : [], Draw.DrawInputBuilder.Map(k.Gender), k.Contractual, k.Gazetted, k.PayLevel);
            if (Eligibility.Exclusion(person, settings, unitCodes) is { } reason)
            {
                excluded[reason] = excluded.GetValueOrDefault(reason) + group.Count;
                continue;
            }
            eligible += group.Count;
            duties.Add(person, k.ServiceGroup, group.Count);
            micro += central.Contains(group.DepartmentId) && DutyPoolTally.MicroObserver(k.Contractual, k.ServiceGroup) ? group.Count : 0;
            foreach (var role in roles.Where(r => Eligibility.InBand(person, r, settings)))
            {
                var (all, women) = eligibleByRole[role];
                eligibleByRole[role] = (all + group.Count, women + (Eligibility.IsWoman(person) ? group.Count : 0));
            }
        }

        var steps = new List<EligibilityStep>();
        var remaining = breakdown.Total;
        foreach (var (reason, label) in Exclusions.Concat(excluded.Keys.Where(r => Exclusions.All(x => x.Reason != r)).Select(r => (r, r))))
        {
            var count = excluded.GetValueOrDefault(reason);
            remaining -= count;
            steps.Add(new EligibilityStep(label, count, remaining));
        }

        var spouses = await CoupleSpousesLeftOutAsync(db, scope, cutoff, unitIds, ct);
        var availability = new PoolAvailability(steps, eligible, spouses,
            roles.Select(r => new RoleAvailability(r, PartyRoles.Title(r), eligibleByRole[r].All, eligibleByRole[r].Women,
                plan?.Seats(r) ?? 0, plan?.WomenSeats(r) ?? 0)).ToList(),
            plan?.Units.Sum(u => u.Stations) ?? 0, plan is null ? 0 : roles.Sum(r => plan.Seats(r)), election?.Name,
            // English: resource keys (the second takes the election's name), translated where shown: the figures are shared
            election is null ? "There is no current election yet, so the needs are not known."
            : plan!.Units.Count == 0 ? "No polling stations are entered for the units of {0} yet." : null)
        {
            Duties = await duties.FinishAsync(db, election,
                fullScan ? await DutyPoolTally.CountMicroObserversAsync(Eligible(scope.Employees(db), cutoff, unitIds), ct) : micro, ct),
        };
        return (breakdown, availability);
    }

    /// <summary>
    /// The groups from the trigger-kept staff counts (a few hundred rows per department), corrected by the people whose
    /// per-election facts are set: retiring before the cutoff (an index range) and, only when the election has four
    /// units or fewer, those for whom every unit is home. Equal to grouping every employee, without reading them.
    /// </summary>
    private static async Task<List<(int DepartmentId, int Key, int Count)>> CountedAsync(ElectionDbContext db, DashboardScope scope, DateOnly cutoff, List<int> unitIds, CancellationToken ct)
    {
        var groups = await scope.StaffCounts(db).Where(c => c.Staff != 0)
            .ToDictionaryAsync(c => (c.DepartmentId, c.Facts), c => c.Staff, ct);
        var corrections = await ByDepartmentAsync(scope.Employees(db).Where(e => e.RetirementDate < cutoff), cutoff, unitIds, ct);
        if (unitIds.Count is > 0 and <= 4)
        {
            corrections.AddRange(await ByDepartmentAsync(scope.Employees(db).Where(e => e.RetirementDate >= cutoff
                && !unitIds.Any(u => e.VoterUnitId != u && e.ResidenceUnitId != u && e.HomeUnitId != u && e.Office!.ConstituencyUnitId != u)), cutoff, unitIds, ct));
        }
        foreach (var (department, key, count) in corrections)
        {
            var stored = (department, key & ~(Retiring | Blocked));
            groups[stored] = groups.GetValueOrDefault(stored) - count;
            groups[(department, key)] = groups.GetValueOrDefault((department, key)) + count;
        }
        return groups.Where(g => g.Value != 0).Select(g => (g.Key.DepartmentId, g.Key.Facts, g.Value)).ToList();
    }

    private static async Task<List<(int DepartmentId, int Key, int Count)>> ByDepartmentAsync(IQueryable<Employee> employees, DateOnly cutoff, List<int> unitIds, CancellationToken ct) =>
        (await PackedRows(employees, cutoff, unitIds).GroupBy(x => new { x.DepartmentId, x.Key })
            .Select(g => new { g.Key.DepartmentId, g.Key.Key, Count = g.Count() }).ToListAsync(ct))
        .Select(g => (g.DepartmentId, g.Key, g.Count)).ToList();

    private const int Retiring = 8, Blocked = 16;

    // Grouped on one packed integer (StaffCountSql's layout plus the two per-election bits): SQLite sorts one number
    // per row far faster than ten columns.
    private static IQueryable<int> Packed(IQueryable<Employee> employees, DateOnly cutoff, List<int> unitIds) =>
        PackedRows(employees, cutoff, unitIds).Select(r => r.Key);

    private sealed class PackedRow
    {
        public int DepartmentId { get; init; }
        public int Key { get; init; }
    }

    private static IQueryable<PackedRow> PackedRows(IQueryable<Employee> employees, DateOnly cutoff, List<int> unitIds) =>
        employees.Select(e => new PackedRow
        {
            DepartmentId = e.Office!.DepartmentId,
            Key = (e.Office.ListState == StaffListState.Finalized ? 1 : 0)
                + (e.ExemptionStatus == ExemptionStatus.Approved ? 2 : 0)
                + (e.Disability ? 4 : 0)
                + (e.RetirementDate < cutoff ? Retiring : 0)
                + (unitIds.Count > 0 && !unitIds.Any(u => e.VoterUnitId != u && e.ResidenceUnitId != u && e.HomeUnitId != u && e.Office.ConstituencyUnitId != u) ? Blocked : 0)
                + (e.EmploymentType == EmploymentType.Contractual ? 32 : 0)
                + (e.Gazetted ? 64 : 0)
                + (int)e.Gender * 128
                + (int)e.ServiceGroup * 512
                + e.PayLevel * 4096,
        });

    private static async Task<List<(int Key, int Count)>> GroupAsync(IQueryable<int> packed, CancellationToken ct) =>
        (await packed.GroupBy(key => key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).Select(g => (g.Key, g.Count)).ToList();

    /// <summary>The dimensions one group of staff shares.</summary>
    private sealed record PoolGroup(bool Finalized, bool Exempt, bool Disability, bool Retiring, bool Blocked, bool Contractual, bool Gazetted,
        Gender Gender, ServiceGroup ServiceGroup, int PayLevel)
    {
        public static PoolGroup Unpack(int key) => new((key & 1) != 0, (key & 2) != 0, (key & 4) != 0, (key & 8) != 0, (key & 16) != 0,
            (key & 32) != 0, (key & 64) != 0, (Gender)((key >> 7) & 3), (ServiceGroup)((key >> 9) & 7), key >> 12);
    }

    // English: resource keys, translated where shown (shared figures)
    public static string GenderLabel(Gender g) => g switch
    {
        Gender.Male => "Men",
        Gender.Female => "Women",
        _ => "Third gender",
    };

    /// <summary>
    /// The draw's own plan from the stations grouped in SQL by unit and the two facts the plan reads (women-managed,
    /// electors above the 4th-officer threshold): one stand-in station per station, never the station rows themselves.
    /// </summary>
    private static async Task<DrawPlan> PlanAsync(ElectionDbContext db, Election election, DrawSettings settings, CancellationToken ct)
    {
        var threshold = settings.FourthOfficerElectorsThreshold;
        var groups = await db.PollingStations.AsNoTracking()
            .Where(s => s.ConstituencyUnit!.Kind == election.UnitKind)
            .GroupBy(s => new { Unit = s.ConstituencyUnit!.Code, s.WomenManaged, Above = s.Electors > threshold })
            .Select(g => new { g.Key.Unit, g.Key.WomenManaged, g.Key.Above, Count = g.Count() })
            .ToListAsync(ct);
        var stations = new List<DrawStation>();
        foreach (var unit in groups.GroupBy(g => g.Unit))
        {
            var number = 0;
            foreach (var g in unit)
            {
                for (var i = 0; i < g.Count; i++)
                {
                    stations.Add(new DrawStation(g.Unit, ++number, "", g.Above ? threshold + 1 : threshold, g.WomenManaged));
                }
            }
        }
        return DrawPlan.For(new DrawInput
        {
            ElectionId = election.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Settings = settings,
            Units = groups.Select(g => g.Unit).Distinct().Select(c => new DrawUnit(c, c)).ToList(),
            Stations = stations,
            Pool = [],
        });
    }

    /// <summary>
    /// Of each couple in the eligible pool the draw keeps one spouse. A couple is linked by one spouse giving the
    /// other's EPIC or mobile; each linked pair is counted once. Index lookups only: the people who name a spouse are
    /// found by range scans of the spouse EPIC and spouse mobile indexes, and each link by the unique EPIC or mobile
    /// index (one EXISTS per column: an OR across both would scan the pool once per person).
    /// </summary>
    private static async Task<int> CoupleSpousesLeftOutAsync(ElectionDbContext db, DashboardScope scope, DateOnly cutoff, List<int> unitIds, CancellationToken ct)
    {
        var pool = Eligible(db.Employees, cutoff, unitIds);
        // The people who name a spouse are found without the retirement rule and those retiring count 0 in the sum: with
        // the rule in the filter SQLite walked the retirement index over nearly everyone instead of the spouse EPIC or
        // mobile range (and a second query for the retiring walked that range again).
        var naming = EligibleWhateverRetirement(await ScopePeopleAsync(db, scope, ct), unitIds);
        Task<int> CountAsync(IQueryable<Employee> people, System.Linq.Expressions.Expression<Func<Employee, bool>> linked) =>
            people.Where(linked).SumAsync(a => a.RetirementDate < cutoff ? 0 : 1, ct);
        var byEpic = await CountAsync(naming.Where(a => string.Compare(a.SpouseEpic, "") > 0),
            a => pool.Any(b => b.Epic == a.SpouseEpic && b.Id != a.Id && (b.Id < a.Id || !(b.SpouseEpic == a.Epic || b.SpouseMobile == a.Mobile)))
                || pool.Any(b => b.Mobile == a.SpouseMobile && b.Id != a.Id && (b.Id < a.Id || !(b.SpouseEpic == a.Epic || b.SpouseMobile == a.Mobile))));
        // "No spouse EPIC" as one expression SQLite cannot answer from the SpouseEpic index: with "IS NULL OR = ''" it
        // walked that index over everyone who names no spouse instead of the spouse mobile range.
        var byMobileOnly = await CountAsync(naming.Where(a => string.Compare(a.SpouseMobile, "") > 0 && (a.SpouseEpic ?? "") == ""),
            a => pool.Any(b => b.Mobile == a.SpouseMobile && b.Id != a.Id && (b.Id < a.Id || !(b.SpouseEpic == a.Epic || b.SpouseMobile == a.Mobile))));
        return byEpic + byMobileOnly;
    }

    /// <summary>
    /// The scope's people for a query driven by a sparse index (spouse EPIC or mobile): a nodal officer's departments
    /// become their finalized offices' ids first. Joined to the offices instead, PostgreSQL intersected the office
    /// index with the whole spouse-EPIC index once per office (8.6 s at a state's 1.8 million, against 0.2–0.5 s).
    /// </summary>
    private static async Task<IQueryable<Employee>> ScopePeopleAsync(ElectionDbContext db, DashboardScope scope, CancellationToken ct)
    {
        if (scope.AllDepartments)
        {
            return db.Employees;
        }
        var offices = await scope.Offices(db).Where(o => o.ListState == StaffListState.Finalized).Select(o => o.Id).ToListAsync(ct);
        return db.Employees.Where(e => offices.Contains(e.OfficeId));
    }

    /// <summary>SQL form of <see cref="Eligibility.Exclusion"/>; the tests check the two agree person by person.</summary>
    private static IQueryable<Employee> Eligible(IQueryable<Employee> employees, DateOnly cutoff, List<int> unitIds) =>
        EligibleWhateverRetirement(employees, unitIds).Where(e => e.RetirementDate >= cutoff);

    private static IQueryable<Employee> EligibleWhateverRetirement(IQueryable<Employee> employees, List<int> unitIds) =>
        employees.Where(e => e.Office!.ListState == StaffListState.Finalized
            && e.ExemptionStatus != ExemptionStatus.Approved
            && !e.Disability
            && !(unitIds.Count > 0 && !unitIds.Any(u => e.VoterUnitId != u && e.ResidenceUnitId != u && e.HomeUnitId != u && e.Office.ConstituencyUnitId != u)));

    private static DrawEmployee Representative(bool finalized, bool exempt, bool disability, DateOnly? retires, IReadOnlyList<string> homeUnits,
        DrawGender gender, bool contractual, bool gazetted, int payLevel)
    {
        string? Home(int i) => homeUnits.Count == 0 ? null : homeUnits[i % homeUnits.Count];
        return new DrawEmployee
        {
            Id = 0,
            Epic = "",
            Name = "",
            OfficeId = 0,
            OfficeCode = "",
            DepartmentCode = "",
            Gender = gender,
            PayLevel = payLevel,
            BasicPay = 0,
            Gazetted = gazetted,
            Contractual = contractual,
            Disability = disability,
            ExemptionApproved = exempt,
            RetirementDate = retires,
            OfficeFinalized = finalized,
            VoterUnit = Home(0),
            ResidenceUnit = Home(1),
            HomeUnit = Home(2),
            OfficeUnit = Home(3),
        };
    }
}
