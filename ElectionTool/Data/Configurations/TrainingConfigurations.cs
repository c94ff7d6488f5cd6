using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectionTool.Data.Configurations;

internal sealed class TrainingVenueConfiguration : IEntityTypeConfiguration<TrainingVenue>
{
    public void Configure(EntityTypeBuilder<TrainingVenue> e)
    {
        e.HasIndex(v => v.ElectionId);
        e.Property(v => v.Name).HasMaxLength(200);
        e.Property(v => v.Address).HasMaxLength(400);
        e.Property(v => v.Block).HasMaxLength(100);
        e.HasMany(v => v.Halls).WithOne(h => h.Venue).HasForeignKey(h => h.VenueId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TrainingHallConfiguration : IEntityTypeConfiguration<TrainingHall>
{
    public void Configure(EntityTypeBuilder<TrainingHall> e) => e.Property(h => h.Name).HasMaxLength(100);
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> e)
    {
        e.HasIndex(s => new { s.ElectionId, s.Round });
        e.Property(s => s.Duties).HasMaxLength(300);
        e.HasOne(s => s.Hall).WithMany().HasForeignKey(s => s.HallId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrainingSeatConfiguration : IEntityTypeConfiguration<TrainingSeat>
{
    public void Configure(EntityTypeBuilder<TrainingSeat> e)
    {
        e.HasIndex(s => new { s.ElectionId, s.EmployeeId, s.Round }).IsUnique();
        e.HasIndex(s => new { s.SessionId, s.EmployeeId });
        e.HasOne(s => s.Session).WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(s => s.Employee).WithMany().HasForeignKey(s => s.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TrainingAllotmentRunConfiguration : IEntityTypeConfiguration<TrainingAllotmentRun>
{
    public void Configure(EntityTypeBuilder<TrainingAllotmentRun> e) => e.HasIndex(r => r.ElectionId);
}

internal sealed class ShowCauseNoticeConfiguration : IEntityTypeConfiguration<ShowCauseNotice>
{
    public void Configure(EntityTypeBuilder<ShowCauseNotice> e)
    {
        e.HasIndex(n => n.SeatId).IsUnique();
        e.Property(n => n.Reply).HasMaxLength(2000);
        e.HasOne(n => n.Seat).WithMany().HasForeignKey(n => n.SeatId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PostalBallotRecordConfiguration : IEntityTypeConfiguration<PostalBallotRecord>
{
    public void Configure(EntityTypeBuilder<PostalBallotRecord> e)
    {
        e.HasIndex(b => new { b.ElectionId, b.EmployeeId }).IsUnique();
        e.HasIndex(b => new { b.ElectionId, b.DutyUnitCode, b.Step });
        e.HasOne(b => b.Employee).WithMany().HasForeignKey(b => b.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HonorariumRateConfiguration : IEntityTypeConfiguration<HonorariumRate>
{
    public void Configure(EntityTypeBuilder<HonorariumRate> e) => e.HasIndex(r => new { r.ElectionId, r.Duty, r.Day }).IsUnique();
}

internal sealed class HonorariumPaymentConfiguration : IEntityTypeConfiguration<HonorariumPayment>
{
    public void Configure(EntityTypeBuilder<HonorariumPayment> e) => e.HasIndex(p => new { p.ElectionId, p.EmployeeId }).IsUnique();
}
