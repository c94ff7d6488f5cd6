using System.Globalization;
using System.Security.Claims;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Finalization;
using ElectionTool.Hosting;
using ElectionTool.Resources;

namespace ElectionTool.Features.OfficeStaff;

/// <summary>The office as its staff screen and certified copy head it.</summary>
public sealed record OfficeHeader(int Id, string Code, string Name, string DepartmentName, string HeadDesignation, string Address, string Pin, string Phone);

/// <summary>One line of the certified copy.</summary>
public sealed record StaffPrintRow(
    string Name, string FatherOrHusbandName, Gender Gender, DateOnly DateOfBirth, string Designation, ServiceGroup ServiceGroup,
    int PayLevel, int BasicPay, string Epic, string Mobile, ExemptionStatus ExemptionStatus, ExemptionReason? ExemptionReason);

/// <summary>Everything the certified hard copy prints.</summary>
public sealed record StaffPrint(OfficeHeader Office, OfficeListStatus Status, IReadOnlyList<StaffPrintRow> Rows)
{
    public bool IsCertified => Status.State == StaffListState.Finalized;

    public string CertificateText => Certificate.Text(Status.HeadDesignation, Office.Name, Status.Entered);
}

public static class OperatorOffice
{
    /// <summary>The office an operator's account belongs to (the claim the OfficeOperator policy requires).</summary>
    public static int? IdOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirst(ElectionClaims.OfficeId)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;
}

/// <summary>Labels of a staff row's exemption and retirement flags, shared by the screen and the print.</summary>
public static class StaffFlags
{
    public static string ExemptionLabel(ExemptionStatus status, ExemptionReason? reason) => status switch
    {
        ExemptionStatus.None => "",
        ExemptionStatus.Requested => UiText.Format("Exemption requested: {0}", Employees.EmployeeText.Exemption(reason)),
        ExemptionStatus.Approved => UiText.Format("Exempted: {0}", Employees.EmployeeText.Exemption(reason)),
        ExemptionStatus.Rejected => UiText.Of("Exemption rejected"),
        _ => status.ToString(),
    };

    public static bool RetiresBefore(DateOnly retirement, DateOnly? cutoff) => cutoff is { } day && retirement < day;
}
