namespace ElectionTool.Features.Employees;

/// <summary>
/// One staff row as a person typed, pasted or imported it: every value is text, so the one
/// <see cref="EmployeeValidator"/> can say exactly what is wrong with which column.
/// </summary>
public sealed class EmployeeInput
{
    /// <summary>0 for a new row; the employee's id when correcting a saved row.</summary>
    public int Id { get; set; }

    public string Name { get; set; } = "";
    public string FatherOrHusbandName { get; set; } = "";
    public string Gender { get; set; } = "";
    public string DateOfBirth { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string Email { get; set; } = "";
    public string Designation { get; set; } = "";
    public string EmployeeId { get; set; } = "";
    public string ServiceGroup { get; set; } = "";
    public string Gazetted { get; set; } = "";
    public string PayLevel { get; set; } = "";
    public string BasicPay { get; set; } = "";
    public string EmploymentType { get; set; } = "";
    public string DateOfJoining { get; set; } = "";
    public string Epic { get; set; } = "";
    public string VoterUnit { get; set; } = "";
    public string VoterPart { get; set; } = "";
    public string VoterSerial { get; set; } = "";
    public string ResidenceUnit { get; set; } = "";
    public string HomeUnit { get; set; } = "";
    public string BankAccount { get; set; } = "";
    public string Ifsc { get; set; } = "";
    public string Disability { get; set; } = "";
    public string SpouseInGovtService { get; set; } = "";
    public string SpouseEpic { get; set; } = "";
    public string SpouseMobile { get; set; } = "";
    public string Remarks { get; set; } = "";

    public EmployeeInput Clone() => (EmployeeInput)MemberwiseClone();

    public bool IsBlank => EmployeeColumns.All.All(c => string.IsNullOrWhiteSpace(c.Get(this)));
}
