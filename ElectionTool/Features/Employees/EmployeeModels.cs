using ElectionTool.Data.Entities;

namespace ElectionTool.Features.Employees;

/// <summary>A staff row as listed in the office's grid and the Admin's district list.</summary>
public sealed record EmployeeRow(
    int Id, string Name, string FatherOrHusbandName, Gender Gender, DateOnly DateOfBirth, string Mobile, string Designation,
    ServiceGroup ServiceGroup, bool Gazetted, int PayLevel, int BasicPay, EmploymentType EmploymentType, string Epic,
    string? VoterUnit, bool Disability, ExemptionStatus ExemptionStatus, ExemptionReason? ExemptionReason, DateOnly RetirementDate,
    string OfficeCode, string OfficeName, bool PossibleDuplicate);

/// <summary>Filters of the Admin's district-wide employee list.</summary>
public sealed record EmployeeFilter(
    string? OfficeCode = null, int? DepartmentId = null, Gender? Gender = null, int? PayLevel = null,
    ExemptionStatus? Exemption = null, bool PossibleDuplicatesOnly = false);

public static class EmployeeText
{
    public static string Gender(Gender g) => EmployeeValues.GenderCode(g);

    public static string Exemption(ExemptionReason? reason) => reason switch
    {
        ExemptionReason.RetiringWithinSixMonths => "Retiring within 6 months of poll",
        ExemptionReason.PregnancyOrMaternity => "Pregnancy / maternity",
        ExemptionReason.Medical => "Medical",
        ExemptionReason.Disability => "Disability",
        ExemptionReason.EssentialService => "Essential service",
        ExemptionReason.SpouseAlreadyOnDuty => "Spouse already on duty",
        ExemptionReason.Other => "Other",
        _ => "",
    };
}
