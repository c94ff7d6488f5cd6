using ElectionTool.Features.Employees;

namespace ElectionTool.Features.Api;

/// <summary>
/// One staff row as the API reads and writes it: the columns of the prescribed import format, every value as
/// text (dates dd-mm-yyyy or yyyy-mm-dd, yes/no as true/false, units by code), checked by the same validator.
/// </summary>
public sealed record ApiStaffRow
{
    public string Epic { get; init; } = "";
    public string Name { get; init; } = "";
    public string FatherOrHusbandName { get; init; } = "";
    public string Gender { get; init; } = "";
    public string DateOfBirth { get; init; } = "";
    public string Mobile { get; init; } = "";
    public string Email { get; init; } = "";
    public string Designation { get; init; } = "";
    public string EmployeeId { get; init; } = "";
    public string ServiceGroup { get; init; } = "";
    public string Gazetted { get; init; } = "";
    public string PayLevel { get; init; } = "";
    public string BasicPay { get; init; } = "";
    public string EmploymentType { get; init; } = "";
    public string DateOfJoining { get; init; } = "";
    public string VoterUnit { get; init; } = "";
    public string VoterPart { get; init; } = "";
    public string VoterSerial { get; init; } = "";
    public string ResidenceUnit { get; init; } = "";
    public string HomeUnit { get; init; } = "";
    public string BankAccount { get; init; } = "";
    public string Ifsc { get; init; } = "";
    public string Disability { get; init; } = "";
    public string SpouseInGovtService { get; init; } = "";
    public string SpouseEpic { get; init; } = "";
    public string SpouseMobile { get; init; } = "";
    public string Remarks { get; init; } = "";

    public EmployeeInput ToInput() => new()
    {
        Epic = Epic ?? "",
        Name = Name ?? "",
        FatherOrHusbandName = FatherOrHusbandName ?? "",
        Gender = Gender ?? "",
        DateOfBirth = DateOfBirth ?? "",
        Mobile = Mobile ?? "",
        Email = Email ?? "",
        Designation = Designation ?? "",
        EmployeeId = EmployeeId ?? "",
        ServiceGroup = ServiceGroup ?? "",
        Gazetted = Gazetted ?? "",
        PayLevel = PayLevel ?? "",
        BasicPay = BasicPay ?? "",
        EmploymentType = EmploymentType ?? "",
        DateOfJoining = DateOfJoining ?? "",
        VoterUnit = VoterUnit ?? "",
        VoterPart = VoterPart ?? "",
        VoterSerial = VoterSerial ?? "",
        ResidenceUnit = ResidenceUnit ?? "",
        HomeUnit = HomeUnit ?? "",
        BankAccount = BankAccount ?? "",
        Ifsc = Ifsc ?? "",
        Disability = Disability ?? "",
        SpouseInGovtService = SpouseInGovtService ?? "",
        SpouseEpic = SpouseEpic ?? "",
        SpouseMobile = SpouseMobile ?? "",
        Remarks = Remarks ?? "",
    };

    public static ApiStaffRow From(EmployeeInput e) => new()
    {
        Epic = e.Epic,
        Name = e.Name,
        FatherOrHusbandName = e.FatherOrHusbandName,
        Gender = e.Gender,
        DateOfBirth = e.DateOfBirth,
        Mobile = e.Mobile,
        Email = e.Email,
        Designation = e.Designation,
        EmployeeId = e.EmployeeId,
        ServiceGroup = e.ServiceGroup,
        Gazetted = e.Gazetted,
        PayLevel = e.PayLevel,
        BasicPay = e.BasicPay,
        EmploymentType = e.EmploymentType,
        DateOfJoining = e.DateOfJoining,
        VoterUnit = e.VoterUnit,
        VoterPart = e.VoterPart,
        VoterSerial = e.VoterSerial,
        ResidenceUnit = e.ResidenceUnit,
        HomeUnit = e.HomeUnit,
        BankAccount = e.BankAccount,
        Ifsc = e.Ifsc,
        Disability = e.Disability,
        SpouseInGovtService = e.SpouseInGovtService,
        SpouseEpic = e.SpouseEpic,
        SpouseMobile = e.SpouseMobile,
        Remarks = e.Remarks,
    };
}

/// <summary>The body of a staff upsert: rows matched to the office's list by EPIC.</summary>
public sealed record ApiStaffUpsert(IReadOnlyList<ApiStaffRow> Rows);

/// <summary>What happened to one row of the body (row numbers count from 1).</summary>
public sealed record ApiRowResult(int Row, string Epic, string Result);

/// <summary>
/// The answer to an upsert, in the shape of the import report: counts and every rejected row's column and reason.
/// When any row is rejected nothing is saved (<see cref="Saved"/> false): fix the rows and send the body again.
/// </summary>
public sealed record ApiStaffUpsertReport(string Office, int Read, int Created, int Updated, int Unchanged, bool Saved,
    IReadOnlyList<Import.StaffRowProblem> Rejected, IReadOnlyList<ApiRowResult> Rows)
{
    public string Summary => Saved
        ? $"{Read} rows read: {Created} created, {Updated} updated, {Unchanged} unchanged."
        : $"{Read} rows read: {Rejected.Select(r => r.Row).Distinct().Count()} rejected, so nothing was saved.";
}
