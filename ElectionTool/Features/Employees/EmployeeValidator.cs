using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;

namespace ElectionTool.Features.Employees;

public sealed record EmployeeValidation(ValidEmployee? Value, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Value is not null;

    public string? ErrorFor(string column) => Errors.FirstOrDefault(e => e.Field == column)?.Message;
}

/// <summary>
/// The one check of a staff row, whether typed in the grid, pasted, imported or sent from the command line.
/// Errors name the column (its key in <see cref="EmployeeColumns"/>) and say what is wrong.
/// Uniqueness across the district is checked by the service, which sees the database.
/// </summary>
public static class EmployeeValidator
{
    public static EmployeeValidation Validate(EmployeeInput input, IReadOnlyDictionary<string, int> unitIdsByCode, DateOnly today, int superannuationAge)
    {
        var original = input;
        var errors = new List<FieldError>();
        void Fail(string column, string message) => errors.Add(new FieldError(column, message));

        foreach (var column in EmployeeColumns.All)
        {
            var text = column.Get(input);
            if (column.Required && string.IsNullOrWhiteSpace(text))
            {
                Fail(column.Key, $"{column.English} is required.");
            }
            else if (TextRules.Problem(column, text) is { } problem)
            {
                Fail(column.Key, problem);
                // Set the cell aside so later checks do not report it a second time.
                column.Set(input = input == original ? input.Clone() : input, "");
            }
        }
        // A cell refused above counts as missing: one message per cell.
        bool Missing(string key) => errors.Any(e => e.Field == key);

        var name = input.Name.Trim();
        var gender = EmployeeValues.ParseGender(input.Gender);
        if (!Missing("Gender") && gender is null)
        {
            Fail("Gender", $"'{input.Gender}' is not a gender: use M, F or T.");
        }
        DateOnly dob = default;
        if (!Missing("DateOfBirth") && !FieldParsers.TryDate(input.DateOfBirth, out dob))
        {
            Fail("DateOfBirth", FieldParsers.NotADate(input.DateOfBirth));
        }
        else if (!Missing("DateOfBirth"))
        {
            var age = EmployeeValues.AgeOn(dob, today);
            if (age < 18 || age >= superannuationAge)
            {
                Fail("DateOfBirth", $"Age {age} is outside 18–{superannuationAge - 1} (born {dob:dd-MM-yyyy}).");
            }
        }
        var mobile = FieldParsers.Mobile(input.Mobile);
        if (!Missing("Mobile") && mobile is null)
        {
            Fail("Mobile", $"'{input.Mobile}' is not a 10-digit Indian mobile number.");
        }
        var email = Optional(input.Email);
        if (email is not null && !FieldParsers.IsEmail(email))
        {
            Fail("Email", $"'{email}' is not an e-mail address.");
        }
        var group = EmployeeValues.ParseServiceGroup(input.ServiceGroup);
        if (!Missing("ServiceGroup") && group is null)
        {
            Fail("ServiceGroup", $"'{input.ServiceGroup}' is not a service group: use A, B, C or D (or I–IV, वर्ग-3, Group C).");
        }
        var gazetted = FieldParsers.Bool(input.Gazetted);
        if (!Missing("Gazetted") && gazetted is null)
        {
            Fail("Gazetted", $"'{input.Gazetted}' is not yes/no: use true or false.");
        }
        var level = 0;
        if (!Missing("PayLevel") && (!FieldParsers.TryInt(input.PayLevel, out level) || level is < PayMatrix.MinLevel or > PayMatrix.MaxLevel))
        {
            Fail("PayLevel", $"'{input.PayLevel}' is not a pay level 1–18.");
            level = 0;
        }
        var basic = 0;
        if (!Missing("BasicPay") && !FieldParsers.TryInt(input.BasicPay, out basic))
        {
            Fail("BasicPay", $"'{input.BasicPay}' is not an amount in rupees.");
        }
        else if (level > 0 && !Missing("BasicPay"))
        {
            var (min, max) = PayMatrix.Range(level);
            if (basic < min || basic > max)
            {
                Fail("BasicPay", $"Basic pay {basic} is outside level {level}'s range {min}–{max}.");
            }
        }
        var employment = EmployeeValues.ParseEmployment(input.EmploymentType);
        if (!Missing("EmploymentType") && employment is null)
        {
            Fail("EmploymentType", $"'{input.EmploymentType}' is not Regular or Contractual.");
        }
        DateOnly? joining = null;
        if (Optional(input.DateOfJoining) is { } joinText)
        {
            if (!FieldParsers.TryDate(joinText, out var j))
            {
                Fail("DateOfJoining", FieldParsers.NotADate(joinText));
            }
            else if (j > today || (dob != default && j < dob.AddYears(14)))
            {
                Fail("DateOfJoining", $"Date of joining {j:dd-MM-yyyy} is not possible for this person.");
            }
            else
            {
                joining = j;
            }
        }
        var epic = FieldParsers.Epic(input.Epic);
        if (!Missing("EPIC") && epic is null)
        {
            Fail("EPIC", $"'{input.Epic}' is not an EPIC number (3 letters and 7 digits, e.g. ABC1234567).");
        }
        var voterUnit = Unit(input.VoterUnit, "VoterUnit", unitIdsByCode, errors, required: true);
        var residenceUnit = Unit(input.ResidenceUnit, "ResidenceUnit", unitIdsByCode, errors, required: false);
        var homeUnit = Unit(input.HomeUnit, "HomeUnit", unitIdsByCode, errors, required: false);
        var part = OptionalNumber(input.VoterPart, "VoterPart", errors);
        var serial = OptionalNumber(input.VoterSerial, "VoterSerial", errors);
        var account = Optional(input.BankAccount);
        if (account is not null && (account.Length is < 6 or > 20 || !account.All(char.IsAsciiDigit)))
        {
            Fail("BankAccount", $"'{account}' is not a bank account number (6–20 digits).");
        }
        var ifscText = Optional(input.Ifsc);
        var ifsc = ifscText is null ? null : FieldParsers.Ifsc(ifscText);
        if (ifscText is not null && ifsc is null)
        {
            Fail("IFSC", $"'{ifscText}' is not an IFSC (4 letters, 0, then 6 letters or digits, e.g. SBIN0001234).");
        }
        if (account is not null && ifscText is null)
        {
            Fail("IFSC", "Give the IFSC of the bank account.");
        }
        foreach (var (key, text) in new[] { ("Disability", input.Disability), ("SpouseInGovtService", input.SpouseInGovtService) })
        {
            if (!FieldParsers.IsBool(text))
            {
                Fail(key, $"'{text}' is not yes/no: use true or false.");
            }
        }
        var spouseEpicText = Optional(input.SpouseEpic);
        var spouseEpic = spouseEpicText is null ? null : FieldParsers.Epic(spouseEpicText);
        if (spouseEpicText is not null && spouseEpic is null)
        {
            Fail("SpouseEPIC", $"'{spouseEpicText}' is not an EPIC number.");
        }
        var spouseMobileText = Optional(input.SpouseMobile);
        var spouseMobile = spouseMobileText is null ? null : FieldParsers.Mobile(spouseMobileText);
        if (spouseMobileText is not null && spouseMobile is null)
        {
            Fail("SpouseMobile", $"'{spouseMobileText}' is not a 10-digit mobile number.");
        }
        if (epic is not null && spouseEpic == epic)
        {
            Fail("SpouseEPIC", "The spouse's EPIC is the person's own EPIC.");
        }
        if (employment == EmploymentType.Contractual && gazetted == true)
        {
            Fail("Gazetted", "A contractual employee cannot be a gazetted officer.");
        }

        if (errors.Count > 0)
        {
            return new EmployeeValidation(null, errors);
        }
        var spouseInService = FieldParsers.Bool(input.SpouseInGovtService) ?? (spouseEpic is not null || spouseMobile is not null);
        return new EmployeeValidation(new ValidEmployee(
            name, input.FatherOrHusbandName.Trim(), gender!.Value, dob, mobile!, email, input.Designation.Trim(), Optional(input.EmployeeId),
            group!.Value, gazetted!.Value, level, basic, employment!.Value, joining, epic!, voterUnit!.Value, part, serial,
            residenceUnit, homeUnit, account, ifsc, FieldParsers.Bool(input.Disability) ?? false, spouseInService, spouseEpic, spouseMobile,
            Optional(input.Remarks), dob.AddYears(superannuationAge)), []);
    }

    private static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : FieldParsers.Clean(text);

    private static int? OptionalNumber(string text, string column, List<FieldError> errors)
    {
        if (Optional(text) is not { } value)
        {
            return null;
        }
        if (FieldParsers.TryInt(value, out var number) && number > 0)
        {
            return number;
        }
        errors.Add(new FieldError(column, $"'{value}' is not a positive number."));
        return null;
    }

    private static int? Unit(string text, string column, IReadOnlyDictionary<string, int> units, List<FieldError> errors, bool required)
    {
        if (Optional(text) is not { } code)
        {
            return null;
        }
        if (units.TryGetValue(code.ToUpperInvariant(), out var id))
        {
            return id;
        }
        if (!required || errors.All(e => e.Field != column))
        {
            errors.Add(new FieldError(column, $"There is no constituency unit with code '{code}' (e.g. AC-201, or a ward code)."));
        }
        return null;
    }
}
