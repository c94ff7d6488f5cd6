using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectionTool.Data.Configurations;

internal sealed class StaffCountConfiguration : IEntityTypeConfiguration<StaffCount>
{
    public void Configure(EntityTypeBuilder<StaffCount> e)
    {
        e.ToTable("StaffCounts");
        e.HasKey(x => new { x.DepartmentId, x.Facts });
    }
}

/// <summary>
/// Tells EF Core the tables the staff-count triggers watch, so it saves them without a RETURNING clause
/// (SQLite's RETURNING and AFTER triggers do not mix). The triggers themselves: <see cref="StaffCountSql"/>.
/// </summary>
internal sealed class StaffCountEmployeeTriggers : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> e)
    {
        e.ToTable(t =>
        {
            t.HasTrigger("StaffCounts_EmployeeInserted");
            t.HasTrigger("StaffCounts_EmployeeDeleted");
            t.HasTrigger("StaffCounts_EmployeeUpdated");
        });
        // The dashboard reads the few people retiring before poll date + margin by this index alone: it holds every
        // column their counts need, so a state's tens of thousands of such rows are read in order, not fetched one by one.
        e.HasIndex(x => new { x.RetirementDate, x.OfficeId, x.ExemptionStatus, x.Disability, x.EmploymentType, x.Gazetted, x.Gender, x.ServiceGroup, x.PayLevel })
            .HasDatabaseName("IX_Employees_Retiring");
        // ... and the few who name a spouse (couples) by these.
        e.HasIndex(x => x.SpouseEpic);
        e.HasIndex(x => x.SpouseMobile);
    }
}

internal sealed class StaffCountOfficeTriggers : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> e) => e.ToTable(t => t.HasTrigger("StaffCounts_OfficeUpdated"));
}
