using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectionTool.Data.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> e)
    {
        e.HasIndex(d => d.Code).IsUnique();
        e.HasIndex(d => d.Name);
        e.Property(d => d.Code).HasMaxLength(20);
        e.Property(d => d.Name).HasMaxLength(200);
    }
}

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> e)
    {
        e.HasIndex(o => o.Code).IsUnique();
        e.HasIndex(o => o.Name);
        e.HasIndex(o => new { o.DepartmentId, o.ListState });
        e.Property(o => o.Code).HasMaxLength(30);
        e.Property(o => o.Version).IsConcurrencyToken();
        e.Property(o => o.Name).HasMaxLength(300);
        e.HasOne(o => o.Department).WithMany(d => d.Offices).HasForeignKey(o => o.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(o => o.ConstituencyUnit).WithMany().HasForeignKey(o => o.ConstituencyUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConstituencyUnitConfiguration : IEntityTypeConfiguration<ConstituencyUnit>
{
    public void Configure(EntityTypeBuilder<ConstituencyUnit> e)
    {
        e.HasIndex(u => u.Code).IsUnique();
        e.HasIndex(u => new { u.Kind, u.Number });
        e.Property(u => u.Code).HasMaxLength(40);
        e.HasOne(u => u.LocalBody).WithMany(b => b.Wards).HasForeignKey(u => u.LocalBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LocalBodyConfiguration : IEntityTypeConfiguration<LocalBody>
{
    public void Configure(EntityTypeBuilder<LocalBody> e)
    {
        e.HasIndex(b => b.Code).IsUnique();
        e.Property(b => b.Code).HasMaxLength(20);
    }
}

internal sealed class PollingStationConfiguration : IEntityTypeConfiguration<PollingStation>
{
    public void Configure(EntityTypeBuilder<PollingStation> e)
    {
        e.HasIndex(s => new { s.ConstituencyUnitId, s.Number }).IsUnique();
        e.HasIndex(s => s.Name);
        e.HasOne(s => s.ConstituencyUnit).WithMany().HasForeignKey(s => s.ConstituencyUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ElectionConfiguration : IEntityTypeConfiguration<Election>
{
    public void Configure(EntityTypeBuilder<Election> e) => e.HasIndex(x => x.IsCurrent);
}
