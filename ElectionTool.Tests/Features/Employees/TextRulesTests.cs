using ElectionTool.Data.Entities;
using ElectionTool.Features.Employees;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Features.Language;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Employees;

/// <summary>Control and format characters, foreign digits, lengths and the ways offices write a service group.</summary>
public sealed class TextRulesTests
{
    private static readonly Dictionary<string, int> Units = new() { ["AC-201"] = 1 };

    private static EmployeeValidation Check(EmployeeInput input) => EmployeeValidator.Validate(input, Units, new DateOnly(2026, 12, 1), 60);

    [Theory]
    [InlineData("Name", "Ram\0Kumar", "NUL")]
    [InlineData("Name", "Ram \u202EramuK", "right-to-left override")]
    [InlineData("FatherOrHusbandName", "Shyam\nLal", "line break")]
    [InlineData("Designation", "Cl\u0085erk", "U+0085")]
    [InlineData("Remarks", "see\u2066note", "U+2066")]
    [InlineData("EmployeeId", "\uFEFF123", "U+FEFF")]
    public void Control_and_format_characters_are_refused_naming_the_column_and_the_character(string column, string value, string named)
    {
        var input = EmployeeBuilder.Valid(1);
        EmployeeColumns.All.Single(c => c.Key == column).Set(input, value);

        var error = Assert.Single(Check(input).Errors);

        Assert.Equal(column, error.Field);
        Assert.Contains("invisible control or formatting character", error.Message);
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Zero_width_joiners_that_Devanagari_spelling_needs_are_kept()
    {
        Assert.True(Check(EmployeeBuilder.Valid(1).With(i => i.Name = "र\u094D\u200Dय")).IsValid);
    }

    [Theory]
    [InlineData("BankAccount", "١٢٣٤٥٦٧٨٩٠")]
    [InlineData("Mobile", "٩٨٧٦٥٤٣٢١٠")]
    [InlineData("BasicPay", "۴۱۱۰۰")]
    public void Digits_other_than_0_to_9_or_Devanagari_are_refused_with_a_message(string column, string value)
    {
        var input = EmployeeBuilder.Valid(1).With(i => i.Ifsc = "SBIN0001234");
        EmployeeColumns.All.Single(c => c.Key == column).Set(input, value);

        var error = Assert.Single(Check(input).Errors, e => e.Field == column);

        Assert.Contains("type numbers with 0–9", error.Message);
    }

    [Theory]
    [InlineData("FatherOrHusbandName", 100)]
    [InlineData("Designation", 100)]
    [InlineData("Remarks", 500)]
    [InlineData("EmployeeId", 30)]
    [InlineData("Email", 100)]
    public void Every_text_field_has_a_length(string column, int limit)
    {
        var input = EmployeeBuilder.Valid(1);
        EmployeeColumns.All.Single(c => c.Key == column).Set(input, new string('x', 5000));

        Assert.Contains(Check(input).Errors, e => e.Field == column && e.Message.Contains($"longer than {limit} characters"));
    }

    [Fact]
    public async Task The_database_refuses_an_over_long_value_too()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        db.Departments.Add(new Department { Code = "D", Name = "D" });
        await db.SaveChangesAsync();
        db.Offices.Add(new Office { Code = "O", Name = "O", DepartmentId = db.Departments.Single().Id });
        db.ConstituencyUnits.Add(new ConstituencyUnit { Code = "AC-201", Kind = UnitKind.AssemblyConstituency, Number = 201, Name = "AC" });
        await db.SaveChangesAsync();
        db.Employees.Add(new Employee
        {
            Name = "Ram",
            FatherOrHusbandName = "Shyam",
            Mobile = "9876500001",
            Designation = "Clerk",
            Epic = "ABC0000001",
            Remarks = new string('x', 5000),
            OfficeId = db.Offices.Single().Id,
            VoterUnitId = db.ConstituencyUnits.Single().Id,
        });

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Contains("CK_Employees_Remarks_Length", (refused.InnerException as SqliteException)?.Message);
    }

    [Theory]
    [InlineData("I", ServiceGroup.A)]
    [InlineData("II", ServiceGroup.B)]
    [InlineData("iii", ServiceGroup.C)]
    [InlineData("IV", ServiceGroup.D)]
    [InlineData("वर्ग-3", ServiceGroup.C)]
    [InlineData("वर्ग 3", ServiceGroup.C)]
    [InlineData("श्रेणी-3", ServiceGroup.C)]
    [InlineData("वर्ग-४", ServiceGroup.D)]
    [InlineData("Class III", ServiceGroup.C)]
    [InlineData("Group C", ServiceGroup.C)]
    [InlineData("समूह ग", ServiceGroup.C)]
    [InlineData("b", ServiceGroup.B)]
    public void Service_class_is_read_as_offices_write_it(string text, ServiceGroup expected)
    {
        Assert.Equal(expected, Check(EmployeeBuilder.Valid(1).With(i => i.ServiceGroup = text)).Value!.ServiceGroup);
    }

    [Theory]
    [InlineData("31-02-1990", "there is no 31 February 1990")]
    [InlineData("1990-04-31", "there is no 31 April 1990")]
    [InlineData("29/02/1991", "there is no 29 February 1991")]
    public void An_impossible_day_says_which_day_does_not_exist(string text, string message)
    {
        Assert.Contains(message, Check(EmployeeBuilder.Valid(1).With(i => i.DateOfBirth = text)).ErrorFor("DateOfBirth"));
    }

    [Fact]
    public void The_character_named_in_a_refusal_reads_in_the_users_language()
    {
        var input = EmployeeBuilder.Valid(1).With(i => i.FatherOrHusbandName = "Shyam\nLal");

        using var _ = InLanguage.Hindi();

        Assert.Contains("(लाइन ब्रेक)", Check(input).ErrorFor("FatherOrHusbandName"));
    }
}
