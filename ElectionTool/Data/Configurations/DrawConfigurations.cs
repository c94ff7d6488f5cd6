using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectionTool.Data.Configurations;

internal sealed class DrawRunConfiguration : IEntityTypeConfiguration<DrawRun>
{
    public void Configure(EntityTypeBuilder<DrawRun> e)
    {
        e.ToTable("DrawRuns");
        e.HasIndex(x => new { x.ElectionId, x.Stage, x.Status });
        e.Property(x => x.Seed).HasMaxLength(200);
        e.Property(x => x.InputHash).HasMaxLength(64);
        e.Property(x => x.OutputHash).HasMaxLength(64);
        e.Property(x => x.AlgorithmVersion).HasMaxLength(32);
        e.Property(x => x.Duty).HasMaxLength(32).HasDefaultValue("PollingParty");
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.HasOne(x => x.Election).WithMany().HasForeignKey(x => x.ElectionId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<DrawRun>().WithMany().HasForeignKey(x => x.PreviousRunId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PartyReplacementConfiguration : IEntityTypeConfiguration<PartyReplacement>
{
    public void Configure(EntityTypeBuilder<PartyReplacement> e)
    {
        e.ToTable("PartyReplacements");
        e.HasIndex(x => new { x.RunId, x.AbsentEmployeeId }).IsUnique();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        e.HasOne(x => x.Run).WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrderReprintConfiguration : IEntityTypeConfiguration<OrderReprint>
{
    public void Configure(EntityTypeBuilder<OrderReprint> e)
    {
        e.ToTable("OrderReprints");
        e.HasIndex(x => new { x.ElectionId, x.EmployeeId });
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        e.HasOne(x => x.Replacement).WithMany().HasForeignKey(x => x.ReplacementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DrawOrderDetailsConfiguration : IEntityTypeConfiguration<DrawOrderDetails>
{
    public void Configure(EntityTypeBuilder<DrawOrderDetails> e)
    {
        e.ToTable("DrawOrderDetails");
        e.HasKey(x => x.ElectionId);
        e.HasOne<Election>().WithMany().HasForeignKey(x => x.ElectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
