using ElectionTool.Data.Entities;
using ElectionTool.Draw;

namespace ElectionTool.Features.Dashboard;

/// <summary>The data-entry deadline of the current election.</summary>
public sealed record EntryDeadline(string ElectionName, DateTimeOffset At);

public sealed record Headline(int Offices, int Finalized, int InProgress, int NotStarted, int EmployeesEntered, int EmployeesDeclared, EntryDeadline? Deadline)
{
    public static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(part * 100.0 / whole, 1);
}

/// <summary>One row of the by-department table.</summary>
public sealed record DepartmentProgress(
    int Id, string Code, string Name, int Offices, int Finalized, int InProgress, int NotStarted, int Entered, int Declared)
{
    /// <summary>Share of the department's offices whose lists are finalized.</summary>
    public double PercentComplete => Headline.Percent(Finalized, Offices);
}

public sealed record CountBy(string Label, int Count);

/// <summary>Staff entered, broken down three ways (all entered staff in scope, before any exclusion).</summary>
public sealed record PoolBreakdown(IReadOnlyList<CountBy> ByGender, IReadOnlyList<CountBy> ByServiceGroup, IReadOnlyList<CountBy> ByPayLevel)
{
    public int Total => ByGender.Sum(c => c.Count);
}

/// <summary>One step of the draw's exclusions, in the order the draw applies them.</summary>
public sealed record EligibilityStep(string Label, int Excluded, int Remaining);

/// <summary>A role: who is in its band after exclusions, against the seats the election needs.</summary>
public sealed record RoleAvailability(Role Role, string Title, int Eligible, int EligibleWomen, int Seats, int WomenSeats)
{
    public int Shortfall => Math.Max(0, Seats - Eligible);
    public int WomenShortfall => Math.Max(0, WomenSeats - EligibleWomen);
    public bool Enough => Shortfall == 0 && WomenShortfall == 0;
}

/// <summary>
/// The pool available for the draw. <see cref="Roles"/> and <see cref="Steps"/> use the draw engine's own rules;
/// needs are the district's (stations × composition + reserve), so they are shown against the district's pool only.
/// </summary>
public sealed record PoolAvailability(
    IReadOnlyList<EligibilityStep> Steps, int Eligible, int CoupleSpousesLeftOut, IReadOnlyList<RoleAvailability> Roles,
    int Stations, int TotalSeats, string? ElectionName, string? NeedsUnavailableReason)
{
    public int PoolAfterCouples => Eligible - CoupleSpousesLeftOut;

    /// <summary>Zonal officers, sector officers and micro-observers: the same eligible people, each holding one duty at most.</summary>
    public IReadOnlyList<DutyAvailability> Duties { get; init; } = [];
    public int TotalShortfall => Math.Max(0, TotalSeats - PoolAfterCouples);
}

/// <summary>One day of the progress chart; <see cref="NetFinalizedToDate"/> is null for days still to come.</summary>
public sealed record FinalizationDay(DateOnly Day, int Finalized, int Reopened, int? NetFinalizedToDate);

public sealed record ProgressOverTime(IReadOnlyList<FinalizationDay> Days, DateOnly? DeadlineDay, int Offices);

/// <summary>A finalize or reopen, for the live feed.</summary>
public sealed record ListActivity(
    long Id, DateTimeOffset At, ListEventKind Kind, string OfficeCode, string OfficeName, string DepartmentCode, string UserName, string? Reason, int StaffCount);

/// <summary>Everything one dashboard screen shows, computed together.</summary>
public sealed record DashboardSnapshot(
    DashboardScope Scope, Headline Headline, IReadOnlyList<DepartmentProgress> Departments, PoolBreakdown Pool,
    PoolAvailability Availability, ProgressOverTime Progress, IReadOnlyList<ListActivity> Feed, DateTimeOffset ComputedAt, TimeSpan ComputeTime);

public sealed record OfficeProgress(
    int Id, string Code, string Name, StaffListState State, int Entered, int Declared, DateTimeOffset? LastActivityAt,
    DateTimeOffset? FinalizedAt, string Phone, string HeadMobile);

public sealed record DepartmentOffices(string Code, string Name, IReadOnlyList<OfficeProgress> Offices);
