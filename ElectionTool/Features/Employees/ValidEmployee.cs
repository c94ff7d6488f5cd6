using ElectionTool.Data.Entities;

namespace ElectionTool.Features.Employees;

/// <summary>A row that passed every check, with its values typed and normalized, ready to store.</summary>
public sealed record ValidEmployee(
    string Name, string FatherOrHusbandName, Gender Gender, DateOnly DateOfBirth, string Mobile, string? Email,
    string Designation, string? EmployeeCode, ServiceGroup ServiceGroup, bool Gazetted, int PayLevel, int BasicPay,
    EmploymentType EmploymentType, DateOnly? DateOfJoining, string Epic, int VoterUnitId, int? VoterPart, int? VoterSerial,
    int? ResidenceUnitId, int? HomeUnitId, string? BankAccount, string? Ifsc, bool Disability, bool SpouseInGovtService,
    string? SpouseEpic, string? SpouseMobile, string? Remarks, DateOnly RetirementDate)
{
    /// <summary>A new record of this person in <paramref name="office"/>, written at <paramref name="now"/>.</summary>
    public Employee NewEmployee(Office office, DateTimeOffset now)
    {
        var employee = new Employee
        {
            Name = Name,
            FatherOrHusbandName = FatherOrHusbandName,
            Mobile = Mobile,
            Designation = Designation,
            Epic = Epic,
            OfficeId = office.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        ApplyTo(employee);
        return employee;
    }

    public void ApplyTo(Employee e)
    {
        e.Name = Name;
        e.FatherOrHusbandName = FatherOrHusbandName;
        e.Gender = Gender;
        e.DateOfBirth = DateOfBirth;
        e.Mobile = Mobile;
        e.Email = Email;
        e.Designation = Designation;
        e.EmployeeCode = EmployeeCode;
        e.ServiceGroup = ServiceGroup;
        e.Gazetted = Gazetted;
        e.PayLevel = PayLevel;
        e.BasicPay = BasicPay;
        e.EmploymentType = EmploymentType;
        e.DateOfJoining = DateOfJoining;
        e.Epic = Epic;
        e.VoterUnitId = VoterUnitId;
        e.VoterPart = VoterPart;
        e.VoterSerial = VoterSerial;
        e.ResidenceUnitId = ResidenceUnitId;
        e.HomeUnitId = HomeUnitId;
        e.BankAccount = BankAccount;
        e.Ifsc = Ifsc;
        e.Disability = Disability;
        e.SpouseInGovtService = SpouseInGovtService;
        e.SpouseEpic = SpouseEpic;
        e.SpouseMobile = SpouseMobile;
        e.Remarks = Remarks;
        e.RetirementDate = RetirementDate;
        e.NameKey = NameMatching.Key(Name);
        e.FatherKey = NameMatching.Key(FatherOrHusbandName);
    }

    public static ValidEmployee From(Employee e) => new(
        e.Name, e.FatherOrHusbandName, e.Gender, e.DateOfBirth, e.Mobile, e.Email, e.Designation, e.EmployeeCode, e.ServiceGroup,
        e.Gazetted, e.PayLevel, e.BasicPay, e.EmploymentType, e.DateOfJoining, e.Epic, e.VoterUnitId, e.VoterPart, e.VoterSerial,
        e.ResidenceUnitId, e.HomeUnitId, e.BankAccount, e.Ifsc, e.Disability, e.SpouseInGovtService, e.SpouseEpic, e.SpouseMobile,
        e.Remarks, e.RetirementDate);
}
