namespace ElectionTool.Draw;

/// <summary>
/// What one unit needs. Stations fall into four kinds (all-women or not, with or without a 4th
/// officer); stage 2 forms exactly that many parties of each kind so stage 3 can always seat them.
/// </summary>
public sealed record UnitNeed(
    string UnitCode,
    int Stations,
    int WomenManaged,
    int WithFourth,
    int WomenManagedWithFourth,
    int ReserveParties,
    int ReserveAllWomenParties,
    int ReserveFourthOfficers)
{
    /// <summary>Seats of a role in this unit, reserve included (ceil of the reserve % per role, per unit).</summary>
    public int Seats(Role role) => role == Role.PollingOfficer4
        ? WithFourth + ReserveFourthOfficers
        : Stations + ReserveParties;

    /// <summary>Seats of a role that must be held by women.</summary>
    public int WomenSeats(Role role) => role == Role.PollingOfficer4
        ? WomenManagedWithFourth
        : WomenManaged + ReserveAllWomenParties;

    public int Parties => Stations + ReserveParties;
}

/// <summary>The needs of the whole election, derived only from settings, units and stations.</summary>
public sealed class DrawPlan
{
    private DrawPlan(IReadOnlyList<UnitNeed> units, IReadOnlyList<DrawFinding> findings)
    {
        Units = units;
        Findings = findings;
    }

    /// <summary>Units with at least one station, ordered by code (ordinal).</summary>
    public IReadOnlyList<UnitNeed> Units { get; }

    /// <summary>Problems in the units and stations themselves (unknown unit, duplicate station).</summary>
    public IReadOnlyList<DrawFinding> Findings { get; }

    public int Seats(Role role) => Units.Sum(u => u.Seats(role));

    public int WomenSeats(Role role) => Units.Sum(u => u.WomenSeats(role));

    public int Parties => Units.Sum(u => u.Parties);

    public static int Reserve(int need, int percent) => (int)(((long)need * percent + 99) / 100);

    public static bool NeedsFourth(DrawSettings settings, DrawStation station) =>
        settings.IncludeFourthOfficer && station.Electors > settings.FourthOfficerElectorsThreshold;

    public static bool IsAllWomen(DrawSettings settings, DrawStation station) =>
        settings.AllWomenForWomenManaged && station.WomenManaged;

    public static DrawPlan For(DrawInput input)
    {
        var settings = input.Settings;
        var findings = new List<DrawFinding>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in input.Units)
        {
            if (!known.Add(unit.Code))
            {
                findings.Add(new(DrawRules.Input, $"Unit {unit.Code} is listed twice.", 1, 2));
            }
        }
        // Unit by unit in code order, each unit's stations in their given order (the order its findings come in).
        var stations = CanonicalOrder.Items(input.Stations);
        using var grouped = new RentedSpan<DrawStation>(stations.Length);
        var needs = new List<UnitNeed>();
        var start = 0;
        foreach (var (code, count) in CanonicalOrder.GroupByUnit(stations, grouped.Span))
        {
            var group = grouped.Span.Slice(start, count);
            start += count;
            if (!known.Contains(code!))
            {
                findings.Add(new(DrawRules.Input, $"Stations refer to unit {code}, which is not in the unit list.", 0, 0));
            }

            ListedTwice(group, findings);
            int total = 0, women = 0, fourth = 0, womenFourth = 0;
            foreach (var station in group)
            {
                var allWomen = IsAllWomen(settings, station);
                var withFourth = NeedsFourth(settings, station);
                total++;
                if (allWomen)
                {
                    women++;
                }

                if (withFourth)
                {
                    fourth++;
                }

                if (allWomen && withFourth)
                {
                    womenFourth++;
                }
            }
            var percent = settings.ReservePercent;
            needs.Add(new UnitNeed(code!, total, women, fourth, womenFourth,
                Reserve(total, percent), Reserve(women, percent), Reserve(fourth, percent)));
        }
        if (settings.ReservePercent < 0)
        {
            findings.Add(new(DrawRules.Input, "The reserve percentage cannot be negative.", 0, settings.ReservePercent));
        }

        return new DrawPlan(needs, findings);
    }

    /// <summary>A finding for each station of one unit whose number came before, in the order they are listed.</summary>
    private static void ListedTwice(ReadOnlySpan<DrawStation> unitStations, List<DrawFinding> findings)
    {
        // Numbers usually come ascending (the app lists each unit's stations by number), and then none repeats: only
        // otherwise are the stations walked with a set of the numbers seen.
        if (Ascending(unitStations))
        {
            return;
        }

        var seen = new HashSet<int>();
        foreach (var station in unitStations)
        {
            if (!seen.Add(station.Number))
            {
                findings.Add(new(DrawRules.Input, $"Unit {station.UnitCode}: station {station.Number} is listed twice.", 1, 2));
            }
        }

        static bool Ascending(ReadOnlySpan<DrawStation> stations)
        {
            for (var i = 1; i < stations.Length; i++)
            {
                if (stations[i - 1].Number >= stations[i].Number)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
