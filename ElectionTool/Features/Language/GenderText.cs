using ElectionTool.Data.Entities;
using ElectionTool.Resources;

namespace ElectionTool.Features.Language;

/// <summary>
/// A person's gender as a word in the user's language (पुरुष / महिला / तृतीय लिंग) for grids and print-outs; the
/// one-letter codes M/F/T stay the data format of imports, exports and the API.
/// </summary>
public static class GenderText
{
    public static string Word(Gender gender) => UiText.Of(gender switch
    {
        Gender.Male => "Male",
        Gender.Female => "Female",
        _ => "Third gender",
    });
}
