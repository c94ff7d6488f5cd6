using System.Text.RegularExpressions;

namespace ElectionTool.Tests.Features.Language;

/// <summary>One word for one thing across the interface: the forms a reviewer found used side by side.</summary>
public sealed class WordingTests
{
    /// <summary>The form kept, and the forms that must not appear beside it in pages, code or the English resources.</summary>
    public static TheoryData<string, string> Variants => new()
    {
        { "In progress", @"\bIn Progress\b" },
        { "Sign in", @"\b(Log in|Login|Log In|Sign In)\b(?![A-Za-z(])" },
        { "Sign out", @"\b(Log out|Logout|Log Out|Sign Out)\b(?![A-Za-z(])" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void The_interface_uses_one_form_of_each_phrase(string kept, string variants)
    {
        // Not in a path or a name (/Account/Login, Icons.Material.Filled.Logout): only words a user reads.
        var pattern = new Regex(@"(?<![/.])" + variants, RegexOptions.CultureInvariant);
        var files = RepositoryFiles.Markup().Concat(RepositoryFiles.Code())
            .Append(Path.Combine(RepositoryFiles.App, "Resources", "SharedResource.resx"));
        var found = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && !x.line.TrimStart().StartsWith("using ", StringComparison.Ordinal))
            .SelectMany(x => QuotedTexts(x.line).Where(t => pattern.IsMatch(t)).Select(t => $"{RepositoryFiles.Relative(x.f)}:{x.i + 1}: {t}"))
            .ToList();

        Assert.True(found.Count == 0, $"Write \"{kept}\" instead:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_check_finds_a_variant_in_a_quoted_text()
    {
        Assert.Contains("Log in", QuotedTexts("<MudButton>@L[\"Log in\"]</MudButton>"));
        Assert.Contains("In Progress", QuotedTexts("status = \"In Progress\";"));
        Assert.Contains("Log out ", QuotedTexts("<span>Log out </span>"));
    }

    /// <summary>Texts between double quotes, and markup text between tags: what a user reads (not identifiers).</summary>
    private static IEnumerable<string> QuotedTexts(string line) =>
        Regex.Matches(line, "\"([^\"]*)\"|>([^<>@]+)<").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
}
