using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectionTool.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> e)
    {
        e.HasOne(u => u.Office).WithMany().HasForeignKey(u => u.OfficeId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(u => u.OfficeId);
        e.Property(u => u.Language).HasMaxLength(10);
    }
}

internal sealed class NodalDepartmentConfiguration : IEntityTypeConfiguration<NodalDepartment>
{
    public void Configure(EntityTypeBuilder<NodalDepartment> e)
    {
        e.HasKey(n => new { n.UserId, n.DepartmentId });
        e.HasOne(n => n.User).WithMany(u => u.NodalDepartments).HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(n => n.Department).WithMany().HasForeignKey(n => n.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.HasIndex(a => a.At);
        e.HasIndex(a => new { a.EntityType, a.EntityKey });
    }
}

internal sealed class DistrictSettingConfiguration : IEntityTypeConfiguration<DistrictSetting>
{
    public void Configure(EntityTypeBuilder<DistrictSetting> e) => e.HasKey(s => s.Key);
}
