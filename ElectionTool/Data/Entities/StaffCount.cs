namespace ElectionTool.Data.Entities;

/// <summary>
/// How many staff of one department share one combination of the facts the dashboard and the draw's pool need
/// (list finalized, exemption approved, disability, contractual, gazetted, gender, service group, pay level —
/// packed into <see cref="Facts"/> as <see cref="StaffCountSql"/> says). Kept by database triggers in the writer's
/// own transaction, so a dashboard recompute reads these few rows instead of every employee.
/// </summary>
public class StaffCount
{
    public int DepartmentId { get; set; }
    public int Facts { get; set; }

    /// <summary>Can be 0 once everyone with these facts has left; never negative unless the counts are broken.</summary>
    public int Staff { get; set; }
}
