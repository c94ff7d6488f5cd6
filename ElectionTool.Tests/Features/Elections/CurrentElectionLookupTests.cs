using System.Text.RegularExpressions;
using ElectionTool.Tests.Features.Language;

namespace ElectionTool.Tests.Features.Elections;

/// <summary>"Which election is current" has one home (CurrentElectionQuery), so a change to that rule changes every screen.</summary>
public sealed partial class CurrentElectionLookupTests
{
    [Fact]
    public void The_current_election_is_looked_up_in_one_place()
    {
        var inline = RepositoryFiles.Code().Concat(RepositoryFiles.Markup())
            .Where(f => !f.EndsWith("CurrentElectionQuery.cs", StringComparison.Ordinal))
            .SelectMany(f => InlineLookup().Matches(File.ReadAllText(f)).Select(m => $"{RepositoryFiles.Relative(f)}: {m.Value}"))
            .ToList();

        Assert.True(inline.Count == 0, "Use db.CurrentElection() instead of:\n" + string.Join("\n", inline));
    }

    // A query on the Elections set that filters on IsCurrent (an initializer's "IsCurrent = true" has no dot before it).
    [GeneratedRegex(@"\.Elections\b[^;{}]*?\.IsCurrent\b")]
    private static partial Regex InlineLookup();
}
