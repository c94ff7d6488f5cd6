using ElectionTool.Features.Common;

namespace ElectionTool.Features.Employees;

public enum StaffChangeKind
{
    RowsSaved,
    RowsDeleted,
    Finalized,
    Reopened,
    DeclaredStrengthChanged,
}

/// <summary>Something changed in one office's staff list.</summary>
public sealed record StaffListChange(int OfficeId, int DepartmentId, StaffChangeKind Kind, int Rows, DateTimeOffset At);

/// <summary>
/// Tells open screens (dashboards, pending lists, the office's own page) that an office's list changed.
/// Subscribers are expected to coalesce bursts themselves (see DashboardLive).
/// </summary>
public sealed class StaffListNotifier(ILogger<StaffListNotifier> logger) : LiveUpdates<StaffListChange>(logger);
