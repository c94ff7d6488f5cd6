using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectionTool.Data.Configurations;

internal sealed class OfficeReminderConfiguration : IEntityTypeConfiguration<OfficeReminder>
{
    public void Configure(EntityTypeBuilder<OfficeReminder> e)
    {
        e.HasIndex(r => new { r.OfficeId, r.Id });
        e.Property(r => r.Message).HasMaxLength(500);
        e.HasOne(r => r.Office).WithMany().HasForeignKey(r => r.OfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}
