using System.Globalization;
using ElectionTool.Features.Language;

namespace ElectionTool.Tests.Features.Language;

/// <summary>Indian grouping in both languages, dd-mm-yyyy dates, Devanagari digits only when the district asks.</summary>
public sealed class NumbersAndDatesTests
{
    [Theory]
    [InlineData(AppCultures.English)]
    [InlineData(AppCultures.Hindi)]
    public void Numbers_group_the_Indian_way_in_both_languages(string language)
    {
        using var _ = new InLanguage(language);

        Assert.Equal("1,23,456", IndianFormat.Number(123456));
        Assert.Equal("12,34,56,789", IndianFormat.Number(123456789));
        Assert.Equal("1,23,456.50", IndianFormat.Number(123456.5m, 2));
    }

    [Theory]
    [InlineData(AppCultures.English)]
    [InlineData(AppCultures.Hindi)]
    public void Dates_read_day_month_year_with_dashes(string language)
    {
        using var _ = new InLanguage(language);

        Assert.Equal("05-03-2027", IndianFormat.Date(new DateOnly(2027, 3, 5)));
        Assert.Equal("05-03-2027", new DateTime(2027, 3, 5).ToString("d", CultureInfo.CurrentCulture));
    }

    [Fact]
    public void Devanagari_digits_show_only_in_Hindi_and_only_when_turned_on()
    {
        using (InLanguage.Hindi(devanagariDigits: true))
        {
            Assert.Equal("१,२३,४५६", IndianFormat.Number(123456));
            Assert.Equal("०५-०३-२०२७", IndianFormat.Date(new DateOnly(2027, 3, 5)));
        }
        using (InLanguage.Hindi(devanagariDigits: false))
        {
            Assert.Equal("1,23,456", IndianFormat.Number(123456));
        }
        using (new InLanguage(AppCultures.English, devanagariDigits: true))
        {
            Assert.Equal("1,23,456", IndianFormat.Number(123456));
        }
    }

    [Fact]
    public void The_machine_has_real_culture_data_not_invariant_globalization()
    {
        Assert.Equal("हिन्दी (भारत)", CultureInfo.GetCultureInfo("hi-IN").NativeName);
        Assert.Equal([3, 2], CultureInfo.GetCultureInfo("en-IN").NumberFormat.NumberGroupSizes);
    }

    [Theory]
    [InlineData("hi", AppCultures.Hindi)]
    [InlineData("HI-in", AppCultures.Hindi)]
    [InlineData("en-IN", AppCultures.English)]
    [InlineData("fr-FR", null)]
    [InlineData("", null)]
    public void Only_the_two_interface_languages_are_accepted(string asked, string? supported)
    {
        Assert.Equal(supported, AppCultures.Supported(asked));
    }
}
