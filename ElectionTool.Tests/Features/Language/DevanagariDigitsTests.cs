using Bunit;
using ElectionTool.Features.Common;
using ElectionTool.Features.Dashboard;
using ElectionTool.Features.Language;
using ElectionTool.Hosting;
using ElectionTool.Resources;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ElectionTool.Tests.Features.Language;

/// <summary>
/// District:DevanagariDigits as a nodal officer reading in Hindi sees it: every count, percentage, date and time in ०–९,
/// whether the page writes it itself, through a message with numbers in it, or in a data-grid column. Codes stay as typed.
/// </summary>
public sealed class DevanagariDigitsTests : IAsyncDisposable
{
    private readonly BunitContext _ctx = ComponentContext.New();

    public DevanagariDigitsTests()
    {
        _ctx.Services.AddSingleton(new DistrictClock(new FakeClock(), Options.Create(new DistrictOptions())));
    }

    public ValueTask DisposeAsync() => _ctx.DisposeAsync();

    private static readonly DepartmentProgress Revenue = new(1, "REV-001", "Revenue", 247, 100, 87, 60, 7382, 11995);

    [Fact]
    public void A_message_with_numbers_in_it_writes_them_in_Devanagari_and_leaves_codes_alone()
    {
        using (InLanguage.Hindi(devanagariDigits: true))
        {
            Assert.Equal("कार्यालयों का ४०.५%", UiText.Format("{0}% of offices", 40.5));
            Assert.Equal("१७ घंटे", UiText.Format("{0} hours", 17));
            Assert.EndsWith("REV-001", UiText.Format("pay level ≥ {0}", "REV-001"));
        }
        using (InLanguage.Hindi(devanagariDigits: false))
        {
            Assert.Equal("कार्यालयों का 40.5%", UiText.Format("{0}% of offices", 40.5));
        }
    }

    [Fact]
    public void The_department_table_shows_every_count_in_Devanagari_and_the_department_code_as_typed()
    {
        using var hindi = InLanguage.Hindi(devanagariDigits: true);

        var table = _ctx.Render<DepartmentTable>(p => p.Add(x => x.Departments, [Revenue]).Add(x => x.Links, false));

        var cells = table.FindAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("२४७", cells);
        Assert.Contains("१००", cells);
        Assert.Contains("६०", cells);
        Assert.Contains(cells, c => c.Contains("७,३८२ / ११,९९५", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.Contains("४१%", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.StartsWith("REV-001", StringComparison.Ordinal));
        Assert.DoesNotContain(cells.Where(c => !c.StartsWith("REV-001", StringComparison.Ordinal)), c => c.Any(char.IsAsciiDigit));
    }

    [Fact]
    public void In_English_the_same_table_groups_the_Indian_way_with_western_digits()
    {
        using var english = new InLanguage(AppCultures.English, devanagariDigits: true);

        var table = _ctx.Render<DepartmentTable>(p => p.Add(x => x.Departments, [Revenue with { Entered = 123456 }]).Add(x => x.Links, false));

        Assert.Contains("1,23,456 / 11,995", table.Markup);
        Assert.Contains(">247<", table.Markup.Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_with_its_parts_in_bold_writes_a_number_part_in_Devanagari_too()
    {
        using var hindi = InLanguage.Hindi(devanagariDigits: true);

        var sentence = _ctx.Render(EmphasisedText.Render("{0} बैच, {1}", 12, "REV-001"));

        Assert.Equal("<b>१२</b> बैच, <b>REV-001</b>", sentence.Markup);
    }
}
