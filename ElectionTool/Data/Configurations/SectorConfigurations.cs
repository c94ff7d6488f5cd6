using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectionTool.Data.Configurations;

internal sealed class DutySettingsConfiguration : IEntityTypeConfiguration<DutySettings>
{
    public void Configure(EntityTypeBuilder<DutySettings> e)
    {
        e.ToTable("DutySettings");
        e.HasKey(x => x.ElectionId);
        e.HasOne<Election>().WithMany().HasForeignKey(x => x.ElectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<Zone>
{
    public void Configure(EntityTypeBuilder<Zone> e)
    {
        e.ToTable("Zones");
        e.HasIndex(x => new { x.ElectionId, x.Code }).IsUnique();
        e.Property(x => x.Code).HasMaxLength(40);
        e.Property(x => x.Name).HasMaxLength(120);
        e.HasOne<Election>().WithMany().HasForeignKey(x => x.ElectionId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.ConstituencyUnit).WithMany().HasForeignKey(x => x.ConstituencyUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SectorConfiguration : IEntityTypeConfiguration<Sector>
{
    public void Configure(EntityTypeBuilder<Sector> e)
    {
        e.ToTable("Sectors");
        e.HasIndex(x => new { x.ElectionId, x.Code }).IsUnique();
        e.Property(x => x.Code).HasMaxLength(40);
        e.Property(x => x.Name).HasMaxLength(120);
        e.HasOne<Election>().WithMany().HasForeignKey(x => x.ElectionId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.ConstituencyUnit).WithMany().HasForeignKey(x => x.ConstituencyUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.Zone).WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class SectorStationConfiguration : IEntityTypeConfiguration<SectorStation>
{
    public void Configure(EntityTypeBuilder<SectorStation> e)
    {
        e.ToTable("SectorStations");
        e.HasIndex(x => new { x.ElectionId, x.PollingStationId }).IsUnique();
        e.HasOne(x => x.Sector).WithMany(s => s.Stations).HasForeignKey(x => x.SectorId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.PollingStation).WithMany().HasForeignKey(x => x.PollingStationId).OnDelete(DeleteBehavior.Restrict);
    }
}
