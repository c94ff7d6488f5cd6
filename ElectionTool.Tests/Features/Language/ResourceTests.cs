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
}
