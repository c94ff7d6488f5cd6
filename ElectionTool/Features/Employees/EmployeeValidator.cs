using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Resources;

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
                Fail(column.Key, UiText.Format("{0} is required.", column.Shown()));
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
        if (!Missing("Gender") && gender is null) // English: the column's key, a data format
        {
            Fail("Gender", UiText.Format("'{0}' is not a gender: use M, F or T.", input.Gender)); // English: the column's key, a data format
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
                Fail("DateOfBirth", UiText.Format("Age {0} is outside 18–{1} (born {2:dd-MM-yyyy}).", age, superannuationAge - 1, dob));
            }
        }
        var mobile = FieldParsers.Mobile(input.Mobile);
        if (!Missing("Mobile") && mobile is null) // English: the column's key, a data format
        {
            Fail("Mobile", UiText.Format("'{0}' is not a 10-digit Indian mobile number.", input.Mobile)); // English: the column's key, a data format
        }
        var email = Optional(input.Email);
        if (email is not null && !FieldParsers.IsEmail(email))
        {
            Fail("Email", UiText.Format("'{0}' is not an e-mail address.", email)); // English: the column's key, a data format
        }
        var group = EmployeeValues.ParseServiceGroup(input.ServiceGroup);
        if (!Missing("ServiceGroup") && group is null)
        {
            Fail("ServiceGroup", UiText.Format("'{0}' is not a service group: use A, B, C or D (or I–IV, वर्ग-3, Group C).", input.ServiceGroup));
        }
        var gazetted = FieldParsers.Bool(input.Gazetted);
        if (!Missing("Gazetted") && gazetted is null) // English: the column's key, a data format
        {
            Fail("Gazetted", UiText.Format("'{0}' is not yes/no: use true or false.", input.Gazetted)); // English: the column's key, a data format
        }
        var level = 0;
        if (!Missing("PayLevel") && (!FieldParsers.TryInt(input.PayLevel, out level) || level is < PayMatrix.MinLevel or > PayMatrix.MaxLevel))
        {
            Fail("PayLevel", UiText.Format("'{0}' is not a pay level 1–18.", input.PayLevel));
            level = 0;
        }
        var basic = 0;
        if (!Missing("BasicPay") && !FieldParsers.TryInt(input.BasicPay, out basic))
        {
            Fail("BasicPay", UiText.Format("'{0}' is not an amount in rupees.", input.BasicPay));
        }
        else if (level > 0 && !Missing("BasicPay"))
        {
            var (min, max) = PayMatrix.Range(level);
            if (basic < min || basic > max)
            {
                Fail("BasicPay", UiText.Format("Basic pay {0} is outside level {1}'s range {2}–{3}.", basic, level, min, max));
            }
        }
        var employment = EmployeeValues.ParseEmployment(input.EmploymentType);
        if (!Missing("EmploymentType") && employment is null)
        {
            Fail("EmploymentType", UiText.Format("'{0}' is not Regular or Contractual.", input.EmploymentType));
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
                Fail("DateOfJoining", UiText.Format("Date of joining {0:dd-MM-yyyy} is not possible for this person.", j));
            }
            else
            {
                joining = j;
            }
        }
        var epic = FieldParsers.Epic(input.Epic);
        if (!Missing("EPIC") && epic is null)
        {
            Fail("EPIC", UiText.Format("'{0}' is not an EPIC number (3 letters and 7 digits, e.g. ABC1234567).", input.Epic));
        }
        var voterUnit = Unit(input.VoterUnit, "VoterUnit", unitIdsByCode, errors, required: true);
        var residenceUnit = Unit(input.ResidenceUnit, "ResidenceUnit", unitIdsByCode, errors, required: false);
        var homeUnit = Unit(input.HomeUnit, "HomeUnit", unitIdsByCode, errors, required: false);
        var part = OptionalNumber(input.VoterPart, "VoterPart", errors);
        var serial = OptionalNumber(input.VoterSerial, "VoterSerial", errors);
        var account = Optional(input.BankAccount);
        if (account is not null && (account.Length is < 6 or > 20 || !account.All(char.IsAsciiDigit)))
        {
            Fail("BankAccount", UiText.Format("'{0}' is not a bank account number (6–20 digits).", account));
        }
        var ifscText = Optional(input.Ifsc);
        var ifsc = ifscText is null ? null : FieldParsers.Ifsc(ifscText);
        if (ifscText is not null && ifsc is null)
        {
            Fail("IFSC", UiText.Format("'{0}' is not an IFSC (4 letters, 0, then 6 letters or digits, e.g. SBIN0001234).", ifscText));
        }
        if (account is not null && ifscText is null)
        {
            Fail("IFSC", UiText.Of("Give the IFSC of the bank account."));
        }
        foreach (var (key, text) in new[] { ("Disability", input.Disability), ("SpouseInGovtService", input.SpouseInGovtService) }) // English: the column's key, a data format
        {
            if (!FieldParsers.IsBool(text))
            {
                Fail(key, UiText.Format("'{0}' is not yes/no: use true or false.", text));
            }
        }
        var spouseEpicText = Optional(input.SpouseEpic);
        var spouseEpic = spouseEpicText is null ? null : FieldParsers.Epic(spouseEpicText);
        if (spouseEpicText is not null && spouseEpic is null)
        {
            Fail("SpouseEPIC", UiText.Format("'{0}' is not an EPIC number.", spouseEpicText));
        }
        var spouseMobileText = Optional(input.SpouseMobile);
        var spouseMobile = spouseMobileText is null ? null : FieldParsers.Mobile(spouseMobileText);
        if (spouseMobileText is not null && spouseMobile is null)
        {
            Fail("SpouseMobile", UiText.Format("'{0}' is not a 10-digit mobile number.", spouseMobileText));
        }
        if (epic is not null && spouseEpic == epic)
        {
            Fail("SpouseEPIC", UiText.Of("The spouse's EPIC is the person's own EPIC."));
        }
        if (employment == EmploymentType.Contractual && gazetted == true)
        {
            Fail("Gazetted", UiText.Of("A contractual employee cannot be a gazetted officer.")); // English: the column's key, a data format
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
        errors.Add(new FieldError(column, UiText.Format("'{0}' is not a positive number.", value)));
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
            errors.Add(new FieldError(column, UiText.Format("There is no constituency unit with code '{0}' (e.g. AC-201, or a ward code).", code)));
        }
        return null;
    }
}
