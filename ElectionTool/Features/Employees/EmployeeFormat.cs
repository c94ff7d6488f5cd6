using System.Globalization;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Resources;

namespace ElectionTool.Features.Employees;

/// <summary>Stored employee → the text row the grid edits and the files carry.</summary>
public static class EmployeeFormat
{
    public static EmployeeInput ToInput(Employee e, IReadOnlyDictionary<int, string> unitCodes) => new()
    {
        Id = e.Id,
        Name = e.Name,
        FatherOrHusbandName = e.FatherOrHusbandName,
        Gender = EmployeeValues.GenderCode(e.Gender),
        DateOfBirth = Date(e.DateOfBirth),
        Mobile = e.Mobile,
        Email = e.Email ?? "",
        Designation = e.Designation,
        EmployeeId = e.EmployeeCode ?? "",
        ServiceGroup = e.ServiceGroup.ToString(),
        Gazetted = Bool(e.Gazetted),
        PayLevel = e.PayLevel.ToString(CultureInfo.InvariantCulture),
        BasicPay = e.BasicPay.ToString(CultureInfo.InvariantCulture),
        EmploymentType = e.EmploymentType.ToString(),
        DateOfJoining = e.DateOfJoining is { } j ? Date(j) : "",
        Epic = e.Epic,
        VoterUnit = unitCodes.GetValueOrDefault(e.VoterUnitId, ""),
        VoterPart = e.VoterPart?.ToString(CultureInfo.InvariantCulture) ?? "",
        VoterSerial = e.VoterSerial?.ToString(CultureInfo.InvariantCulture) ?? "",
        ResidenceUnit = e.ResidenceUnitId is { } r ? unitCodes.GetValueOrDefault(r, "") : "",
        HomeUnit = e.HomeUnitId is { } h ? unitCodes.GetValueOrDefault(h, "") : "",
        BankAccount = e.BankAccount ?? "",
        Ifsc = e.Ifsc ?? "",
        Disability = Bool(e.Disability),
        SpouseInGovtService = Bool(e.SpouseInGovtService),
        SpouseEpic = e.SpouseEpic ?? "",
        SpouseMobile = e.SpouseMobile ?? "",
        Remarks = e.Remarks ?? "",
    };

    /// <summary>The row as a person edits it: dates dd-mm-yyyy, yes/no and employment type in the user's language, as the grid is typed and the fields' hints ask.</summary>
    public static EmployeeInput ToTypedInput(Employee e, IReadOnlyDictionary<int, string> unitCodes)
    {
        var input = ToInput(e, unitCodes);
        input.DateOfBirth = TypedDate(e.DateOfBirth);
        input.DateOfJoining = e.DateOfJoining is { } j ? TypedDate(j) : "";
        input.Gazetted = TypedBool(e.Gazetted);
        input.Disability = TypedBool(e.Disability);
        input.SpouseInGovtService = TypedBool(e.SpouseInGovtService);
        input.EmploymentType = EnumText.Display(e.EmploymentType);
        return input;
    }

    public static string TypedDate(DateOnly date) => date.ToString(Language.AppCultures.DatePattern, CultureInfo.InvariantCulture);

    /// <summary>Files use ISO dates (yyyy-mm-dd): unambiguous, and the import reads them back.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A yes/no cell as the user types it: true/false, हाँ/नहीं (<see cref="FieldParsers.Bool"/> reads both).</summary>
    public static string TypedBool(bool value) => UiText.Of(Bool(value));
}
