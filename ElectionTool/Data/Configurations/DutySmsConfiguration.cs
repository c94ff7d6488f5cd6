using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectionTool.Data.Configurations;

public sealed class DutySmsMessageConfiguration : IEntityTypeConfiguration<DutySmsMessage>
{
    public void Configure(EntityTypeBuilder<DutySmsMessage> b)
    {
        b.Property(m => m.Mobile).HasMaxLength(10);
        b.Property(m => m.Purpose).HasMaxLength(40);
        b.Property(m => m.LastError).HasMaxLength(300);
        // One text per person per accepted run: queuing again (a restart mid-way) adds nothing.
        b.HasIndex(m => new { m.DrawRunId, m.EmployeeId }).IsUnique();
        b.HasIndex(m => m.SentAt);
    }
}
