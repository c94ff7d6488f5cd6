using ElectionTool.Data.Entities;

namespace ElectionTool.Features.Employees;

/// <summary>The coded values of a staff row as clerks write them (in English or Hindi), and the codes files use.</summary>
public static class EmployeeValues
{
    public static int AgeOn(DateOnly dob, DateOnly day) =>
        day.Year - dob.Year - (day < dob.AddYears(day.Year - dob.Year) ? 1 : 0);

    public static Gender? ParseGender(string text) => FieldParsers.Clean(text).ToUpperInvariant() switch
    {
        "M" or "MALE" or "पुरुष" or "पु" => Gender.Male,
        "F" or "FEMALE" or "महिला" or "स्त्री" or "म" => Gender.Female,
        "T" or "TG" or "THIRD GENDER" or "THIRDGENDER" or "TRANSGENDER" or "तृतीय लिंग" => Gender.ThirdGender,
        _ => null,
    };

    public static EmploymentType? ParseEmployment(string text) => FieldParsers.Clean(text).ToUpperInvariant() switch
    {
        "REGULAR" or "R" or "PERMANENT" or "नियमित" => EmploymentType.Regular,
        "CONTRACTUAL" or "CONTRACT" or "C" or "संविदा" => EmploymentType.Contractual,
        _ => null,
    };

    public static TEnum? ParseEnum<TEnum>(string text) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(FieldParsers.Clean(text), ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;

    public static string GenderCode(Gender g) => g switch { Gender.Male => "M", Gender.Female => "F", _ => "T" };
}
