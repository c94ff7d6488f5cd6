using ElectionTool.Resources;

namespace ElectionTool.Data.Entities;

/// <summary>Where an office's staff list stands in the data-entry window.</summary>
public enum StaffListState
{
    NotStarted,
    InProgress,
    Finalized,
}

public class Office
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
    public string HeadDesignation { get; set; } = "";
    public string Address { get; set; } = "";
    public string Pin { get; set; } = "";
    public string Block { get; set; } = "";
    public int? ConstituencyUnitId { get; set; }
    public ConstituencyUnit? ConstituencyUnit { get; set; }
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string HeadMobile { get; set; } = "";

    /// <summary>Staff strength the office declares; its finalized list must account for it.</summary>
    public int DeclaredTotal { get; set; }
    public int DeclaredMale { get; set; }
    public int DeclaredFemale { get; set; }

    public StaffListState ListState { get; set; }
    public DateTimeOffset? FinalizedAt { get; set; }
    public string? FinalizedBy { get; set; }

    /// <summary>Optimistic concurrency: two people finalizing or saving at once cannot both win.</summary>
    public int Version { get; set; }
    public DateTimeOffset? LastActivityAt { get; set; }

    /// <summary>
    /// The one rule "a finalized list is locked": why nothing on this office's list (rows, imports, deletions,
    /// exemption requests, declared strength, duplicate resolution) may change now, or null.
    /// </summary>
    public string? LockedReason => ListState == StaffListState.Finalized ? LockedMessage(Name, Code) : null;

    public static string LockedMessage(string name, string code) =>
        UiText.Format("The staff list of {0} ({1}) is finalized and locked. Ask the Admin to reopen it to make changes.", name, code);
}
