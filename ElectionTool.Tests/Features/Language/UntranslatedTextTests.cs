namespace ElectionTool.Tests.Features.Language;

/// <summary>
/// Keeps the interface bilingual as pages are added: a page that types English straight into its markup fails
/// here. Pages not translated yet are listed below by name; the list may only shrink (a listed page that is
/// clean fails too, so it is taken off).
/// </summary>
public sealed class UntranslatedTextTests
{
    private static readonly HashSet<string> NotYetTranslated = new(StringComparer.Ordinal)
    {
        // Every page is translated; a page listed here is one that still types English into its markup.
    };

    [Fact]
    public void No_page_shows_English_that_is_not_in_the_resources()
    {
        var findings = RepositoryFiles.Markup()
            .Where(f => !NotYetTranslated.Contains(RepositoryFiles.Relative(f)))
            .SelectMany(f => Findings(f).Select(x => $"{RepositoryFiles.Relative(f)}:{x}"))
            .ToList();

        Assert.True(findings.Count == 0,
            "English typed into pages (wrap it in L[\"…\"] and add the Hindi to SharedResource.hi.resx):\n" + string.Join("\n", findings));
    }

    [Fact]
    public void The_list_of_pages_not_yet_translated_only_shrinks()
    {
        var clean = NotYetTranslated.Where(relative => !Findings(Path.Combine(RepositoryFiles.App, relative)).Any()).ToList();

        Assert.True(clean.Count == 0, "Translated now — take off NotYetTranslated: " + string.Join(", ", clean));
    }

    /// <summary>A page's markup and code, and its code-behind (Page.razor.cs) when it has one.</summary>
    private static IEnumerable<string> Findings(string file)
    {
        var found = MarkupScanner.Scan(File.ReadAllText(file));
        var codeBehind = file + ".cs";
        return File.Exists(codeBehind)
            ? found.Concat(MarkupScanner.ScanCode(File.ReadAllText(codeBehind)).Select(f => ".cs:" + f))
            : found;
    }

    [Theory]
    [InlineData("<MudButton>@(_busy ? \"Saving…\" : \"Save\")</MudButton>", true)]
    [InlineData("<MudButton>@(_busy ? L[\"Saving…\"] : L[\"Save\"])</MudButton>", false)]
    [InlineData("<EmptyState Title=\"@(_all ? \"No absentees\" : \"Nobody allotted\")\" />", true)]
    [InlineData("<div class=\"@(x ? \"certified\" : \"draft\")\"></div>", false)]
    [InlineData("@code {\n    private string Title => \"Add office\";\n}", true)]
    [InlineData("@code {\n    private string Title => L[\"Add office\"];\n    void Go() => Nav.NavigateTo(\"/Office\");\n}", false)]
    [InlineData("@code {\n    void A() => Dialogs.ShowAsync<D>($\"Edit {row.Name}\", p);\n}", true)]
    [InlineData("@code {\n    void A() => Snackbar.Add(refusal ?? $\"Deleted {row.Name}.\", Severity.Info);\n}", true)]
    [InlineData("@code {\n    string Kind => x ? \"Finalized\" : UiText.Of(\"In progress\");\n}", true)]
    [InlineData("@code {\n    string Css => $\"{a} · {b}\" + \"mud-text-secondary\";\n}", false)]
    [InlineData("<MudButton>Save</MudButton>", true)]
    [InlineData("<MudButton>@L[\"Save\"]</MudButton>", false)]
    [InlineData("<MudTextField Label=\"Name\" />", true)]
    [InlineData("<MudTextField Label=\"@L[\"Name\"]\" />", false)]
    [InlineData("<p>@L[\"{0} saved\", n] · @context.Name</p>", false)]
    [InlineData("@if (x > 0)\n{\n    <b>EPIC</b>\n}\nelse\n{\n}", false)]
    [InlineData("<p>Saved @count rows</p>", true)]
    [InlineData("@code {\n void A() => Snackbar.Add(\"Saved.\", Severity.Info);\n}", true)]
    [InlineData("<CellTemplate>@(context.Item.At is { } at ? Clock.Clock(at) : \"never\")</CellTemplate>", true)]
    [InlineData("<span>@(at is { } a ? $\"reminded {a} by {who}\" : \"not reminded yet\")</span>", true)]
    [InlineData("<CellTemplate>@(at is { } a ? Clock.Clock(a) : L[\"never\"])</CellTemplate>", false)]
    [InlineData("<span class=\"@(x ? \"mono small\" : \"small\")\">—</span>", false)]
    [InlineData("<PropertyColumn Property=\"a => a.Role\" Sortable=\"false\" />", true)]
    [InlineData("<p>\n    @L[\"You were appointed as\"] <b>@n.Duty</b> for the conduct of the poll and directed to attend <b>@n.Batch</b>\n</p>", true)]
    [InlineData("@if (x)\n{\n    foreach (var r in rows)\n    {\n        <p>@r.Name</p>\n    }\n}", false)]
    [InlineData("<PropertyColumn Property=\"a => a.Role\" Title=\"@L[\"Role\"]\" />", false)]
    public void The_scanner_tells_typed_English_from_resources_and_code(string markup, bool english)
    {
        Assert.Equal(english, MarkupScanner.Scan(markup).Count > 0);
    }
}
