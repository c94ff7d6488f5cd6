namespace ElectionTool.Data.Entities;

/// <summary>
/// The longest value each text field of an <see cref="Employee"/> may hold. The validator refuses longer input
/// with a message, and the database enforces the same figures (check constraints), so nothing longer is ever stored.
/// </summary>
public static class EmployeeLimits
{
    public const int Name = 100;
    public const int FatherOrHusbandName = 100;
    public const int Email = 100;
    public const int Designation = 100;
    public const int EmployeeCode = 30;
    public const int Epic = 10;
    public const int Mobile = 10;
    public const int BankAccount = 20;
    public const int Ifsc = 11;
    public const int Remarks = 500;
    public const int ExemptionNote = 500;

    /// <summary>Derived matching keys: never longer than the name they come from.</summary>
    public const int NameKey = 100;

    /// <summary>Coded columns typed as text (gender, dates, numbers, unit codes): nothing valid is longer.</summary>
    public const int CodedInput = 40;

    /// <summary>Column name → limit, for the configuration's length constraints.</summary>
    public static readonly IReadOnlyDictionary<string, int> Stored = new Dictionary<string, int>
    {
        [nameof(Employee.Name)] = Name,
        [nameof(Employee.FatherOrHusbandName)] = FatherOrHusbandName,
        [nameof(Employee.Email)] = Email,
        [nameof(Employee.Designation)] = Designation,
        [nameof(Employee.EmployeeCode)] = EmployeeCode,
        [nameof(Employee.Epic)] = Epic,
        [nameof(Employee.Mobile)] = Mobile,
        [nameof(Employee.BankAccount)] = BankAccount,
        [nameof(Employee.Ifsc)] = Ifsc,
        [nameof(Employee.SpouseEpic)] = Epic,
        [nameof(Employee.SpouseMobile)] = Mobile,
        [nameof(Employee.Remarks)] = Remarks,
        [nameof(Employee.ExemptionNote)] = ExemptionNote,
        [nameof(Employee.ExemptionDecisionRemark)] = ExemptionNote,
        [nameof(Employee.NameKey)] = NameKey,
        [nameof(Employee.FatherKey)] = NameKey,
    };
}
