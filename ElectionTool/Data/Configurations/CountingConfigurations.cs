using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectionTool.Data.Configurations;

internal sealed class CountingHallConfiguration : IEntityTypeConfiguration<CountingHall>
{
    public void Configure(EntityTypeBuilder<CountingHall> e)
    {
        e.ToTable("CountingHalls");
        e.HasIndex(x => new { x.ElectionId, x.ConstituencyUnitId, x.Number }).IsUnique();
        e.Property(x => x.Centre).HasMaxLength(200);
        e.Property(x => x.Name).HasMaxLength(120);
        e.HasOne<Election>().WithMany().HasForeignKey(x => x.ElectionId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.ConstituencyUnit).WithMany().HasForeignKey(x => x.ConstituencyUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CountingSettingsConfiguration : IEntityTypeConfiguration<CountingSettings>
{
    public void Configure(EntityTypeBuilder<CountingSettings> e)
    {
        e.ToTable("CountingSettings");
        e.HasKey(x => x.ElectionId);
        e.HasOne<Election>().WithMany().HasForeignKey(x => x.ElectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
