using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectionTool.Data.Configurations;

internal sealed class DrawPeopleCommitmentConfiguration : IEntityTypeConfiguration<DrawPeopleCommitment>
{
    public void Configure(EntityTypeBuilder<DrawPeopleCommitment> e)
    {
        e.ToTable("DrawPeopleCommitments");
        e.HasKey(x => x.RunId);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.HasOne(x => x.Run).WithOne().HasForeignKey<DrawPeopleCommitment>(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
