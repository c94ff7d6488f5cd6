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
        var seen = new HashSet<(string, int)>();
        var needs = new List<UnitNeed>();
        foreach (var group in input.Stations.GroupBy(s => s.UnitCode, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!known.Contains(group.Key))
            {
                findings.Add(new(DrawRules.Input, $"Stations refer to unit {group.Key}, which is not in the unit list.", 0, 0));
            }

            foreach (var station in group)
            {
                if (!seen.Add((station.UnitCode, station.Number)))
                {
                    findings.Add(new(DrawRules.Input, $"Unit {station.UnitCode}: station {station.Number} is listed twice.", 1, 2));
                }
            }
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
            needs.Add(new UnitNeed(group.Key, total, women, fourth, womenFourth,
                Reserve(total, percent), Reserve(women, percent), Reserve(fourth, percent)));
        }
        if (settings.ReservePercent < 0)
        {
            findings.Add(new(DrawRules.Input, "The reserve percentage cannot be negative.", 0, settings.ReservePercent));
        }

        return new DrawPlan(needs, findings);
    }
}
