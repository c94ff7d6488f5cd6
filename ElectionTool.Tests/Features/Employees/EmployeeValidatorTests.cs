using ElectionTool.Data.Entities;
using ElectionTool.Features.Employees;
using ElectionTool.Tests.Builders;

namespace ElectionTool.Tests.Features.Employees;

public sealed class EmployeeValidatorTests
{
    private static readonly Dictionary<string, int> Units = new() { ["AC-201"] = 1, ["NN-RMP-W07"] = 2 };
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static EmployeeValidation Check(EmployeeInput input) => EmployeeValidator.Validate(input, Units, Today, 60);

    private static string? ErrorFor(Action<EmployeeInput> change, string column) =>
        Check(EmployeeBuilder.Valid(1).With(change)).ErrorFor(column);

    [Fact]
    public void A_complete_row_is_valid_and_normalized()
    {
        var result = Check(EmployeeBuilder.Valid(1).With(i =>
        {
            i.Mobile = "+91 98765 00001";
            i.Epic = "abc0000001";
            i.Ifsc = "sbin0001234";
            i.BankAccount = "123456789012";
            i.Gender = "f";
        }));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("9876500001", result.Value!.Mobile);
        Assert.Equal("ABC0000001", result.Value.Epic);
        Assert.Equal("SBIN0001234", result.Value.Ifsc);
        Assert.Equal(Gender.Female, result.Value.Gender);
        Assert.Equal(new DateOnly(2035, 8, 15), result.Value.RetirementDate);
    }

    [Fact]
    public void Devanagari_names_are_kept_exactly_and_devanagari_digits_are_read()
    {
        var result = Check(EmployeeBuilder.Valid(1).With(i =>
        {
            i.Name = "राम कुमार  शर्मा";
            i.PayLevel = "६";
            i.BasicPay = "४११००";
            i.DateOfBirth = "१५/०८/१९७५";
        }));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("राम कुमार  शर्मा", result.Value!.Name);
        Assert.Equal(6, result.Value.PayLevel);
        Assert.Equal(41100, result.Value.BasicPay);
    }

    [Theory]
    [InlineData("15-08-1975")]
    [InlineData("15/08/1975")]
    [InlineData("1975-08-15")]
    [InlineData("15.08.1975")]
    public void Dates_are_read_in_the_usual_styles(string text)
    {
        Assert.Equal(new DateOnly(1975, 8, 15), Check(EmployeeBuilder.Valid(1).With(i => i.DateOfBirth = text)).Value!.DateOfBirth);
    }

    [Fact]
    public void Every_required_field_is_named_when_missing()
    {
        var result = Check(new EmployeeInput());

        foreach (var column in EmployeeColumns.All.Where(c => c.Required))
        {
            Assert.Contains(result.Errors, e => e.Field == column.Key);
        }
    }

    [Fact]
    public void Each_check_names_its_column_and_says_what_is_wrong()
    {
        Assert.Contains("there is no 31 February 1980", ErrorFor(i => i.DateOfBirth = "31-02-1980", "DateOfBirth"));
        Assert.Contains("not a date", ErrorFor(i => i.DateOfBirth = "1980-02-x", "DateOfBirth"));
        Assert.Contains("Age 17", ErrorFor(i => i.DateOfBirth = "01-01-2009", "DateOfBirth"));
        Assert.Contains("Age 60", ErrorFor(i => i.DateOfBirth = "01-01-1966", "DateOfBirth"));
        Assert.Contains("10-digit", ErrorFor(i => i.Mobile = "12345", "Mobile"));
        Assert.Contains("10-digit", ErrorFor(i => i.Mobile = "5876543210", "Mobile"));
        Assert.Contains("3 letters and 7 digits", ErrorFor(i => i.Epic = "AB12345678", "EPIC"));
        Assert.Contains("IFSC", ErrorFor(i => { i.BankAccount = "1234567890"; i.Ifsc = "SBIN1234567"; }, "IFSC"));
        Assert.Contains("1–18", ErrorFor(i => i.PayLevel = "19", "PayLevel"));
        Assert.Contains("outside level 6's range 35400–112400", ErrorFor(i => i.BasicPay = "20000", "BasicPay"));
        Assert.Contains("M, F or T", ErrorFor(i => i.Gender = "X", "Gender"));
        Assert.Contains("A, B, C or D", ErrorFor(i => i.ServiceGroup = "E", "ServiceGroup"));
        Assert.Contains("no constituency unit with code 'AC-999'", ErrorFor(i => i.VoterUnit = "AC-999", "VoterUnit"));
        Assert.Contains("no constituency unit", ErrorFor(i => i.HomeUnit = "AC-998", "HomeUnit"));
        Assert.Contains("Regular or Contractual", ErrorFor(i => i.EmploymentType = "Temp", "EmploymentType"));
        Assert.Contains("contractual employee cannot be a gazetted", ErrorFor(i => { i.EmploymentType = "Contractual"; i.Gazetted = "true"; }, "Gazetted"));
        Assert.Contains("e-mail", ErrorFor(i => i.Email = "not-an-email", "Email"));
        Assert.Contains("own EPIC", ErrorFor(i => i.SpouseEpic = i.Epic, "SpouseEPIC"));
    }

    [Fact]
    public void Ward_codes_are_units_too()
    {
        Assert.True(Check(EmployeeBuilder.Valid(1, unitCode: "nn-rmp-w07")).IsValid);
    }
}
