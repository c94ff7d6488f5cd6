using System.ComponentModel.DataAnnotations;
using ElectionTool.Features.Counting.Halls;
using ElectionTool.Features.Language;
using ElectionTool.Tests.Features.Language;

namespace ElectionTool.Tests.Features.Counting;

/// <summary>The hall dialog's and counting settings' checks speak the user's language.</summary>
public sealed class CountingHallTextsTests
{
    [Fact]
    public void A_hall_without_a_name_and_with_too_many_tables_is_refused_in_Hindi_or_English()
    {
        var hall = new CountingHallInput { UnitCode = "AC-071", Centre = "Govt. College", Name = "", Tables = 60 };
        var settings = new CountingSettingsInput { ReservePercent = 101 };

        using (InLanguage.Hindi())
        {
            Assert.Equal(["हॉल का नाम दर्ज करें।", "मतगणना टेबल: 1 से 50 (ECI का सामान्य 14 है)।"], Errors(hall));
            Assert.Equal(["आरक्षित: 0 से 100 प्रतिशत।"], Errors(settings));
        }
        using (new InLanguage(AppCultures.English))
        {
            Assert.Equal(["Enter the hall's name.", "Counting tables: 1 to 50 (ECI's usual is 14)."], Errors(hall));
        }
    }

    private static List<string> Errors(object input)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? "").ToList();
    }
}
