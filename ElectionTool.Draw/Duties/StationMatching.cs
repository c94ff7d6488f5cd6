namespace ElectionTool.Draw.Duties;

/// <summary>
/// Kuhn's augmenting-path matching of posts to people: posts in the given order, people tried in the given order, so
/// the result is first-fit wherever first-fit works and the same input always gives the same matching.
/// </summary>
internal static class StationMatching
{
    /// <summary>For each post, the index of its person, or -1 when no full matching reaches it.</summary>
    public static int[] Match(IReadOnlyList<DutyPost> posts, IReadOnlyList<DrawEmployee> people)
    {
        var holder = Enumerable.Repeat(-1, posts.Count).ToArray();
        var postOf = Enumerable.Repeat(-1, people.Count).ToArray();
        for (var p = 0; p < posts.Count; p++)
        {
            var visited = new bool[people.Count];
            Augment(p, posts, people, holder, postOf, visited);
        }
        return holder;
    }

    private static bool Augment(int p, IReadOnlyList<DutyPost> posts, IReadOnlyList<DrawEmployee> people, int[] holder, int[] postOf, bool[] visited)
    {
        for (var i = 0; i < people.Count; i++)
        {
            if (visited[i] || !Eligibility.MayServeIn(people[i], posts[p].UnitCode))
            {
                continue;
            }
            visited[i] = true;
            if (postOf[i] < 0 || Augment(postOf[i], posts, people, holder, postOf, visited))
            {
                postOf[i] = p;
                holder[p] = i;
                return true;
            }
        }
        return false;
    }
}
