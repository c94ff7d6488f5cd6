using ElectionTool.Data.Entities;
using ElectionTool.Resources;

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

    /// <summary>An exemption's reason in the user's language.</summary>
    public static string Exemption(ExemptionReason? reason) => reason switch
    {
        ExemptionReason.RetiringWithinSixMonths => UiText.Of("Retiring within 6 months of poll"),
        ExemptionReason.PregnancyOrMaternity => UiText.Of("Pregnancy / maternity"),
        ExemptionReason.Medical => UiText.Of("Medical"),
        ExemptionReason.Disability => UiText.Of("Disability"),
        ExemptionReason.EssentialService => UiText.Of("Essential service"),
        ExemptionReason.SpouseAlreadyOnDuty => UiText.Of("Spouse already on duty"),
        ExemptionReason.Other => UiText.Of("Other"),
        _ => "",
    };
}
