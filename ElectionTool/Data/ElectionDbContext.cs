using ElectionTool.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ElectionTool.Data;

public class ElectionDbContext(DbContextOptions<ElectionDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect sign-in cookies and antiforgery tokens, shared by every app server (PostgreSQL).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Office> Offices => Set<Office>();
    public DbSet<ConstituencyUnit> ConstituencyUnits => Set<ConstituencyUnit>();
    public DbSet<LocalBody> LocalBodies => Set<LocalBody>();
    public DbSet<PollingStation> PollingStations => Set<PollingStation>();
    public DbSet<Election> Elections => Set<Election>();
    public DbSet<NodalDepartment> NodalDepartments => Set<NodalDepartment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DistrictSetting> DistrictSettings => Set<DistrictSetting>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<DuplicateFlag> DuplicateFlags => Set<DuplicateFlag>();
    public DbSet<ListEvent> ListEvents => Set<ListEvent>();
    public DbSet<OfficeReminder> OfficeReminders => Set<OfficeReminder>();
    public DbSet<Integration> Integrations => Set<Integration>();
    public DbSet<DutyLookupCode> DutyLookupCodes => Set<DutyLookupCode>();
    public DbSet<SmsOutboxMessage> SmsOutbox => Set<SmsOutboxMessage>();
    public DbSet<DutySmsMessage> DutySms => Set<DutySmsMessage>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        // SQLite's and PostgreSQL's migrations share this assembly; each context sees only its provider's.
        optionsBuilder.ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly, Providers.ProviderMigrationsAssembly>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or sort DateTimeOffset; stored as a sortable number (always UTC).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ElectionDbContext).Assembly);
    }
}
