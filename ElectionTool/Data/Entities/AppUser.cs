using Microsoft.AspNetCore.Identity;

namespace ElectionTool.Data.Entities;

public class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";

    /// <summary>Set when the password was issued by someone else; cleared when the user changes it.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The office an OfficeOperator works for.</summary>
    public int? OfficeId { get; set; }
    public Office? Office { get; set; }

    public List<NodalDepartment> NodalDepartments { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The interface language the user chose (en-IN or hi-IN); null until they choose.</summary>
    public string? Language { get; set; }
}

/// <summary>A department a nodal officer watches.</summary>
public class NodalDepartment
{
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
}
