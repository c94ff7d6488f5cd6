namespace ElectionTool.Draw.Duties;

/// <summary>
/// Orders a sector's stops into an open route: nearest neighbour from a given start, then 2-opt (reverse any stretch
/// that shortens the route) until no reversal helps. Ties go to the lower index, so the same stops give the same route.
/// </summary>
public static class RoutePlanner
{
    /// <summary>Returns the visiting order as indexes into <paramref name="stops"/>; the route starts at <paramref name="start"/>.</summary>
    public static int[] Order(IReadOnlyList<GeoPoint> stops, int start)
    {
        var n = stops.Count;
        if (n == 0)
        {
            return [];
        }

        var route = NearestNeighbour(stops, start);
        TwoOpt(stops, route);
        return route;
    }

    private static int[] NearestNeighbour(IReadOnlyList<GeoPoint> stops, int start)
    {
        var n = stops.Count;
        var visited = new bool[n];
        var route = new int[n];
        route[0] = start;
        visited[start] = true;
        for (var i = 1; i < n; i++)
        {
            var from = stops[route[i - 1]];
            var best = -1;
            var bestKm = double.MaxValue;
            for (var j = 0; j < n; j++)
            {
                if (!visited[j] && Geo.Km(from, stops[j]) < bestKm)
                {
                    best = j;
                    bestKm = Geo.Km(from, stops[j]);
                }
            }
            route[i] = best;
            visited[best] = true;
        }
        return route;
    }

    /// <summary>Open-path 2-opt with the first stop fixed: reversing route[i..k] swaps edges (i-1,i) and (k,k+1).</summary>
    private static void TwoOpt(IReadOnlyList<GeoPoint> stops, int[] route)
    {
        const double Gain = 1e-9;
        var improved = true;
        for (var pass = 0; improved && pass < 100; pass++)
        {
            improved = false;
            for (var i = 1; i < route.Length - 1; i++)
            {
                for (var k = i + 1; k < route.Length; k++)
                {
                    var a = stops[route[i - 1]];
                    var b = stops[route[i]];
                    var c = stops[route[k]];
                    var before = Geo.Km(a, b);
                    var after = Geo.Km(a, c);
                    if (k + 1 < route.Length)
                    {
                        var d = stops[route[k + 1]];
                        before += Geo.Km(c, d);
                        after += Geo.Km(b, d);
                    }
                    if (after + Gain < before)
                    {
                        Array.Reverse(route, i, k - i + 1);
                        improved = true;
                    }
                }
            }
        }
    }
}
