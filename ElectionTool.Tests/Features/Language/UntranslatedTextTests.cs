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
        // Pages built in the same round as the translation (batch moves): to be translated next.
        "Features/Training/Pages/BatchEditDialog.razor",
        "Features/Training/Pages/MoveBatchPage.razor",
        "Features/Training/Pages/WebcamScanner.razor",
    };

    [Fact]
    public void No_page_shows_English_that_is_not_in_the_resources()
    {
        var findings = RepositoryFiles.Markup()
            .Where(f => !NotYetTranslated.Contains(RepositoryFiles.Relative(f)))
            .SelectMany(f => MarkupScanner.Scan(File.ReadAllText(f)).Select(x => $"{RepositoryFiles.Relative(f)}:{x}"))
            .ToList();

        Assert.True(findings.Count == 0,
            "English typed into pages (wrap it in L[\"…\"] and add the Hindi to SharedResource.hi.resx):\n" + string.Join("\n", findings));
    }

    [Fact]
    public void The_list_of_pages_not_yet_translated_only_shrinks()
    {
        var clean = NotYetTranslated.Where(relative => !MarkupScanner.Scan(File.ReadAllText(Path.Combine(RepositoryFiles.App, relative))).Any()).ToList();

        Assert.True(clean.Count == 0, "Translated now — take off NotYetTranslated: " + string.Join(", ", clean));
    }

    [Theory]
    [InlineData("<MudButton>Save</MudButton>", true)]
    [InlineData("<MudButton>@L[\"Save\"]</MudButton>", false)]
    [InlineData("<MudTextField Label=\"Name\" />", true)]
    [InlineData("<MudTextField Label=\"@L[\"Name\"]\" />", false)]
    [InlineData("<p>@L[\"{0} saved\", n] · @context.Name</p>", false)]
    [InlineData("@if (x > 0)\n{\n    <b>EPIC</b>\n}\nelse\n{\n}", false)]
    [InlineData("<p>Saved @count rows</p>", true)]
    [InlineData("@code {\n void A() => Snackbar.Add(\"Saved.\", Severity.Info);\n}", true)]
    public void The_scanner_tells_typed_English_from_resources_and_code(string markup, bool english)
    {
        Assert.Equal(english, MarkupScanner.Scan(markup).Count > 0);
    }
}
