namespace ElectionTool.Draw.Duties;

/// <summary>A thing to group: a building (its stations' count as weight) or a sector (weight 1).</summary>
public readonly record struct Site(GeoPoint Point, int Weight, int TieKey);

/// <summary>
/// Deterministic balanced clustering by recursive bisection: split the sites across their wider extent (north–south
/// or east–west, in km) at the cut that gives each side weight in proportion to the groups it must hold, and repeat
/// on each side. Compact groups of near-equal weight; sites are never split; ties go to the lower TieKey, so the same
/// sites always give the same groups.
/// </summary>
public static class BalancedBisection
{
    /// <summary>Groups of indexes into <paramref name="sites"/>; at most min(groups, sites) groups.</summary>
    public static List<List<int>> Split(IReadOnlyList<Site> sites, int groups)
    {
        var result = new List<List<int>>();
        var all = Enumerable.Range(0, sites.Count).ToList();
        if (all.Count > 0)
        {
            Recurse(sites, all, Math.Clamp(groups, 1, all.Count), result);
        }
        return result;
    }

    private static void Recurse(IReadOnlyList<Site> sites, List<int> part, int groups, List<List<int>> result)
    {
        if (groups <= 1)
        {
            result.Add(part);
            return;
        }

        var byLatitude = ExtentKm(sites, part, northSouth: true) >= ExtentKm(sites, part, northSouth: false);
        part.Sort((a, b) =>
        {
            var pa = sites[a].Point;
            var pb = sites[b].Point;
            var c = byLatitude ? pa.Latitude.CompareTo(pb.Latitude) : pa.Longitude.CompareTo(pb.Longitude);
            return c != 0 ? c : sites[a].TieKey.CompareTo(sites[b].TieKey);
        });
        var leftGroups = groups / 2;
        var total = part.Sum(i => sites[i].Weight);
        var target = (double)total * leftGroups / groups;
        var cut = BestCut(sites, part, target, minLeft: leftGroups, maxLeft: part.Count - (groups - leftGroups));
        Recurse(sites, part.GetRange(0, cut), leftGroups, result);
        Recurse(sites, part.GetRange(cut, part.Count - cut), groups - leftGroups, result);
    }

    private static int BestCut(IReadOnlyList<Site> sites, List<int> part, double target, int minLeft, int maxLeft)
    {
        var best = minLeft;
        var bestGap = double.MaxValue;
        var weight = 0;
        for (var c = 1; c <= maxLeft; c++)
        {
            weight += sites[part[c - 1]].Weight;
            var gap = Math.Abs(weight - target);
            if (c >= minLeft && gap < bestGap)
            {
                best = c;
                bestGap = gap;
            }
        }
        return best;
    }

    private static double ExtentKm(IReadOnlyList<Site> sites, List<int> part, bool northSouth)
    {
        double min = double.MaxValue, max = double.MinValue, lat = 0;
        foreach (var i in part)
        {
            var v = northSouth ? sites[i].Point.Latitude : sites[i].Point.Longitude;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            lat += sites[i].Point.Latitude;
        }
        var kmPerDegree = Geo.EarthRadiusKm * Math.PI / 180.0;
        var scale = northSouth ? 1.0 : Math.Cos(lat / part.Count * Math.PI / 180.0);
        return (max - min) * kmPerDegree * scale;
    }
}
