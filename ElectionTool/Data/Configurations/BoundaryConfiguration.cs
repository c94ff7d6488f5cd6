using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectionTool.Data.Configurations;

internal sealed class BoundaryConfiguration : IEntityTypeConfiguration<Boundary>
{
    public void Configure(EntityTypeBuilder<Boundary> e)
    {
        e.ToTable("Boundaries");
        e.HasIndex(x => new { x.Kind, x.ConstituencyUnitId, x.PollingStationId }).IsUnique();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.Source).HasMaxLength(260);
        e.Property(x => x.ImportedBy).HasMaxLength(256);
        e.HasOne(x => x.ConstituencyUnit).WithMany().HasForeignKey(x => x.ConstituencyUnitId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.PollingStation).WithMany().HasForeignKey(x => x.PollingStationId).OnDelete(DeleteBehavior.Cascade);
    }
}
