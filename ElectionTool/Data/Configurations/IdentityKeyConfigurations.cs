using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectionTool.Data.Configurations;

// Identity UI sets Stores.MaxLengthForKeys = 128 through the app's services; stated here as well, so a context built
// without them (the move's target, a test's) has the same model as the migrations. PostgreSQL sees the difference
// (varchar(128) against text); SQLite does not.
public sealed class IdentityUserLoginKeyConfiguration : IEntityTypeConfiguration<IdentityUserLogin<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> e)
    {
        e.Property(l => l.LoginProvider).HasMaxLength(128);
        e.Property(l => l.ProviderKey).HasMaxLength(128);
    }
}

public sealed class IdentityUserTokenKeyConfiguration : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> e)
    {
        e.Property(t => t.LoginProvider).HasMaxLength(128);
        e.Property(t => t.Name).HasMaxLength(128);
    }
}
