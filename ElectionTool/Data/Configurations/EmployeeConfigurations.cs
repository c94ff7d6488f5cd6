using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectionTool.Data.Configurations;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> e)
    {
        // One person, once, in the whole district.
        e.HasIndex(x => x.Epic).IsUnique();
        e.HasIndex(x => x.Mobile).IsUnique();
        e.HasIndex(x => new { x.OfficeId, x.Name });
        e.HasIndex(x => x.DateOfBirth);
        e.HasIndex(x => x.Name);
        e.HasIndex(x => new { x.ExemptionStatus });
        e.HasIndex(x => new { x.PayLevel, x.Gender });
        // Every text field has a length, enforced by the database too (SQLite ignores the declared size).
        foreach (var (column, limit) in EmployeeLimits.Stored)
        {
            e.Property(column).HasMaxLength(limit);
            e.ToTable(t => t.HasCheckConstraint($"CK_Employees_{column}_Length", $"length(\"{column}\") <= {limit}"));
        }
        e.HasOne(x => x.Office).WithMany().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.VoterUnit).WithMany().HasForeignKey(x => x.VoterUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.ResidenceUnit).WithMany().HasForeignKey(x => x.ResidenceUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.HomeUnit).WithMany().HasForeignKey(x => x.HomeUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DuplicateFlagConfiguration : IEntityTypeConfiguration<DuplicateFlag>
{
    public void Configure(EntityTypeBuilder<DuplicateFlag> e)
    {
        e.HasIndex(x => new { x.Status, x.FlaggedAt });
        e.HasIndex(x => new { x.EmployeeId, x.OtherEmployeeId }).IsUnique();
        e.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.OtherEmployee).WithMany().HasForeignKey(x => x.OtherEmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ListEventConfiguration : IEntityTypeConfiguration<ListEvent>
{
    public void Configure(EntityTypeBuilder<ListEvent> e)
    {
        e.HasIndex(x => x.At);
        e.HasOne(x => x.Office).WithMany().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}
