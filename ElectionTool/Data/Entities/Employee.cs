namespace ElectionTool.Data.Entities;

public enum Gender
{
    Male,
    Female,
    ThirdGender,
}

public enum ServiceGroup
{
    A,
    B,
    C,
    D,
}

public enum EmploymentType
{
    Regular,
    Contractual,
}

public enum ExemptionStatus
{
    None,
    Requested,
    Approved,
    Rejected,
}

public enum ExemptionReason
{
    RetiringWithinSixMonths,
    PregnancyOrMaternity,
    Medical,
    Disability,
    EssentialService,
    SpouseAlreadyOnDuty,
    Other,
}

/// <summary>One person in the district's pool of polling personnel; entered once, by their office.</summary>
public class Employee
{
    public int Id { get; set; }
    public int OfficeId { get; set; }
    public Office? Office { get; set; }

    // Identity (names stored exactly as typed: Devanagari or Latin).
    public required string Name { get; set; }
    public required string FatherOrHusbandName { get; set; }
    public Gender Gender { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public required string Mobile { get; set; }
    public string? Email { get; set; }

    // Job.
    public required string Designation { get; set; }
    public string? EmployeeCode { get; set; }
    public ServiceGroup ServiceGroup { get; set; }
    public bool Gazetted { get; set; }
    public int PayLevel { get; set; }
    public int BasicPay { get; set; }
    public EmploymentType EmploymentType { get; set; }
    public DateOnly? DateOfJoining { get; set; }

    // Electoral.
    public required string Epic { get; set; }
    public int VoterUnitId { get; set; }
    public ConstituencyUnit? VoterUnit { get; set; }
    public int? VoterPart { get; set; }
    public int? VoterSerial { get; set; }
    public int? ResidenceUnitId { get; set; }
    public ConstituencyUnit? ResidenceUnit { get; set; }
    public int? HomeUnitId { get; set; }
    public ConstituencyUnit? HomeUnit { get; set; }

    // Bank, for the honorarium.
    public string? BankAccount { get; set; }
    public string? Ifsc { get; set; }

    // Special conditions.
    public bool Disability { get; set; }
    public bool SpouseInGovtService { get; set; }
    public string? SpouseEpic { get; set; }
    public string? SpouseMobile { get; set; }
    public string? Remarks { get; set; }

    public DateOnly RetirementDate { get; set; }

    public ExemptionStatus ExemptionStatus { get; set; }
    public ExemptionReason? ExemptionReason { get; set; }
    public string? ExemptionNote { get; set; }
    public string? ExemptionDecisionRemark { get; set; }

    /// <summary>Name and father's name reduced for near-duplicate matching (spelling/spacing variants).</summary>
    public string NameKey { get; set; } = "";
    public string FatherKey { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum DuplicateStatus
{
    Open,
    KeptBoth,
    Merged,
    Deleted,
}

/// <summary>Two records that look like the same person (not an exact EPIC/mobile match), for the Admin to resolve.</summary>
public class DuplicateFlag
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public Employee? Employee { get; set; }
    public int OtherEmployeeId { get; set; }
    public Employee? OtherEmployee { get; set; }
    public double Score { get; set; }
    public DuplicateStatus Status { get; set; }
    public DateTimeOffset FlaggedAt { get; set; }
    public string? ResolvedBy { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}

public enum ListEventKind
{
    Finalized,
    Reopened,
}

/// <summary>A finalize or reopen of an office's list: timestamped, shown on dashboards.</summary>
public class ListEvent
{
    public long Id { get; set; }
    public int OfficeId { get; set; }
    public Office? Office { get; set; }
    public ListEventKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
    public required string UserName { get; set; }
    public string? Reason { get; set; }
    public int StaffCount { get; set; }
}
