using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectionTool.Data.Configurations;

public sealed class IntegrationConfiguration : IEntityTypeConfiguration<Integration>
{
    public void Configure(EntityTypeBuilder<Integration> b)
    {
        b.Property(i => i.Name).HasMaxLength(100);
        b.HasIndex(i => i.Name).IsUnique();
        b.Property(i => i.KeyHash).HasMaxLength(64);
        b.HasIndex(i => i.KeyHash).IsUnique();
        b.Property(i => i.KeyPrefix).HasMaxLength(16);
        b.Property(i => i.Scopes).HasMaxLength(200);
    }
}

public sealed class DutyLookupCodeConfiguration : IEntityTypeConfiguration<DutyLookupCode>
{
    public void Configure(EntityTypeBuilder<DutyLookupCode> b)
    {
        b.Property(c => c.CodeHash).HasMaxLength(64);
        b.Property(c => c.Mobile).HasMaxLength(10);
        b.Property(c => c.ClientAddress).HasMaxLength(64);
        b.HasIndex(c => new { c.Mobile, c.CreatedAt });
        b.HasIndex(c => new { c.ClientAddress, c.CreatedAt });
    }
}

public sealed class SmsOutboxMessageConfiguration : IEntityTypeConfiguration<SmsOutboxMessage>
{
    public void Configure(EntityTypeBuilder<SmsOutboxMessage> b)
    {
        b.Property(m => m.Mobile).HasMaxLength(10);
        b.Property(m => m.Purpose).HasMaxLength(40);
    }
}
