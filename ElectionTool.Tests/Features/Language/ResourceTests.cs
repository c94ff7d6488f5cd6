namespace ElectionTool.Tests.Features.Language;

/// <summary>English and Hindi hold the same texts, none empty, with the same placeholders; every text asked for exists.</summary>
public sealed class ResourceTests
{
    [Fact]
    public void Every_English_text_has_a_Hindi_entry_and_every_Hindi_entry_an_English_text()
    {
        var noHindi = InterfaceTexts.English.Keys.Where(k => !InterfaceTexts.Hindi.ContainsKey(k)).ToList();
        var noEnglish = InterfaceTexts.Hindi.Keys.Where(k => !InterfaceTexts.English.ContainsKey(k)).ToList();

        Assert.True(noHindi.Count == 0, "No Hindi for: " + string.Join(" | ", noHindi));
        Assert.True(noEnglish.Count == 0, "Hindi without an English text: " + string.Join(" | ", noEnglish));
    }

    [Fact]
    public void No_text_is_empty_in_either_language()
    {
        var empty = InterfaceTexts.English.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => "en: " + e.Key)
            .Concat(InterfaceTexts.Hindi.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => "hi: " + e.Key)).ToList();

        Assert.True(empty.Count == 0, string.Join(" | ", empty));
    }

    [Fact]
    public void Hindi_texts_keep_every_placeholder_of_the_English()
    {
        var differing = InterfaceTexts.Hindi
            .Where(e => !InterfaceTexts.Placeholders(e.Key).SetEquals(InterfaceTexts.Placeholders(e.Value)))
            .Select(e => $"{e.Key} → {e.Value}").ToList();

        Assert.True(differing.Count == 0, "Placeholders differ: " + string.Join(" | ", differing));
    }

    [Fact]
    public void Every_text_a_page_or_message_asks_for_is_in_the_resources()
    {
        var missing = InterfaceTexts.Requested().Where(r => !InterfaceTexts.English.ContainsKey(r.Key))
            .Select(r => $"{r.File}: {r.Key}").Distinct().ToList();

        Assert.True(missing.Count == 0, "Not in SharedResource.resx: " + string.Join(" | ", missing));
    }

    [Fact]
    public void No_two_texts_differ_only_in_capitals()
    {
        // The resource compiler drops the second of "Offices" and "offices" (names are case-insensitive), so one of them
        // would silently show the key.
        var clashes = InterfaceTexts.English.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();

        Assert.True(clashes.Count == 0, "Texts that differ only in capitals: " + string.Join(" | ", clashes));
    }

    [Fact]
    public void Every_MudBlazor_text_we_translate_is_in_both_languages()
    {
        using var _ = InLanguage.Hindi();
        var localizer = new ElectionTool.Features.Language.MudTexts();

        var untranslated = ElectionTool.Features.Language.MudTexts.Known
            .Where(key => localizer[key, 1, 2, 3] is { ResourceNotFound: true } or { Value.Length: 0 } || !HasDevanagari(localizer[key, 1, 2, 3].Value))
            .ToList();

        Assert.True(untranslated.Count == 0, "MudBlazor texts without Hindi: " + string.Join(", ", untranslated));
    }

    private static bool HasDevanagari(string text) => text.Any(c => c is >= '\u0900' and <= '\u097F');
}
