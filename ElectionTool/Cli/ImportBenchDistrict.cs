using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Export;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Cli;

/// <summary>A throw-away district for bench-import: a temporary SQLite file with offices and synthetic staff.</summary>
internal sealed class ImportBenchDistrict : IDbContextFactory<ElectionDbContext>, IAsyncDisposable
{
    public const int Units = 8;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"electiontool-bench-{Guid.NewGuid():N}.db");
    private readonly DbContextOptions<ElectionDbContext> _options;

    // Pooled connections, as the app's own connection string has them (Microsoft.Data.Sqlite's default): without the
    // pool every query opens the file again and SQLite parses the whole schema each time. DisposeAsync clears the pool.
    public ImportBenchDistrict() =>
        _options = new DbContextOptionsBuilder<ElectionDbContext>().UseSqlite($"Data Source={_path}").Options;

    public ElectionDbContext CreateDbContext() => new(_options);

    public async Task CreateAsync(int offices, int employees, DateOnly today, int superannuationAge, CancellationToken ct)
    {
        await using var db = CreateDbContext();
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        var department = new Department { Code = "BENCH", Name = "Bench department" };
        db.Departments.Add(department);
        db.ConstituencyUnits.AddRange(Enumerable.Range(1, Units).Select(n => new ConstituencyUnit
        {
            Code = ConstituencyUnit.AcCode(200 + n),
            Kind = UnitKind.AssemblyConstituency,
            Number = 200 + n,
            Name = $"AC {200 + n}",
        }));
        db.Offices.AddRange(Enumerable.Range(1, offices).Select(n => new Office { Code = OfficeCode(n), Name = $"Bench office {n}", Department = department }));
        await db.SaveChangesAsync(ct);
        var units = await UnitLookup.LoadAsync(db, ct);
        var officeIds = await db.Offices.OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(ct);

        // The staff through the write path's own prepared INSERT, in one transaction (the staff-count triggers run).
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path};Pooling=false");
        await connection.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction();
        using var store = new StaffRowStore(new StaffWriteSession(connection, transaction, Data.Providers.DatabaseEngine.Sqlite), db.Model);
        var stamp = DateTimeOffset.UtcNow;
        for (var n = 0; n < employees; n++)
        {
            var row = EmployeeValidator.Validate(Person(n), units, today, superannuationAge).Value
                ?? throw new InvalidOperationException($"Synthetic person {n} is invalid.");
            var employee = new Employee { Name = "", FatherOrHusbandName = "", Mobile = "", Designation = "", Epic = "", OfficeId = officeIds[n % officeIds.Count], CreatedAt = stamp, UpdatedAt = stamp };
            row.ApplyTo(employee);
            await store.InsertAsync(employee, ct);
        }

        await transaction.CommitAsync(ct);
    }

    public static string OfficeCode(int n) => $"BO-{n:0000}";

    private static readonly string[] First = ["राम", "श्याम", "सीता", "गीता", "Amit", "Sunita", "Rakesh", "Pooja", "मोहन", "Anil", "Kavita", "सुरेश", "Deepak", "Neha", "विजय", "Ritu"];
    private static readonly string[] Last = ["शर्मा", "वर्मा", "Patel", "Singh", "यादव", "Gupta", "तिवारी", "Mishra", "Sahu", "चौहान", "Dubey", "Rajput"];

    /// <summary>Person n of the synthetic district: unique EPIC and mobile, a valid row in every column.</summary>
    public static EmployeeInput Person(int n)
    {
        var level = 1 + n % 12;
        return new EmployeeInput
        {
            Name = $"{First[n % First.Length]} {First[n / 7 % First.Length]} {Last[n / 3 % Last.Length]}",
            FatherOrHusbandName = $"{First[n / 11 % First.Length]} {Last[n / 13 % Last.Length]} {n % 97}",
            Gender = n % 2 == 0 ? "M" : "F",
            DateOfBirth = EmployeeFormat.Date(new DateOnly(1968, 1, 1).AddDays(n * 7919 % 13500)),
            Mobile = $"9{n:D9}",
            Designation = "सहायक ग्रेड-2",
            ServiceGroup = level > 10 ? "A" : level > 6 ? "B" : "C",
            Gazetted = level > 10 ? "true" : "false",
            PayLevel = level.ToString(System.Globalization.CultureInfo.InvariantCulture),
            BasicPay = PayMatrix.Range(level).Min.ToString(System.Globalization.CultureInfo.InvariantCulture),
            EmploymentType = "Regular",
            Epic = $"BEN{n:D7}",
            VoterUnit = ConstituencyUnit.AcCode(201 + n % Units),
            HomeUnit = ConstituencyUnit.AcCode(201 + (n + 3) % Units),
            BankAccount = $"{30000000000L + n}",
            Ifsc = "SBIN0001234",
            Disability = "false",
        };
    }

    public static byte[] Csv(IEnumerable<EmployeeInput> people) => SpreadsheetText.CsvBytes(
        people.Select(p => EmployeeColumns.All.Select(c => c.Get(p))).Prepend(EmployeeColumns.All.Select(c => c.TemplateHeading)));

    public static byte[] Xlsx(IEnumerable<EmployeeInput> people)
    {
        var headings = EmployeeColumns.All.Select(c => c.TemplateHeading).ToList();
        return SpreadsheetText.XlsxBytes("Staff", headings, people.Select(p => (IReadOnlyList<object?>)EmployeeColumns.All.Select(c => (object?)c.Get(p)).ToArray()));
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
        return ValueTask.CompletedTask;
    }
}
