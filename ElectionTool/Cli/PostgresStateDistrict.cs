using System.Diagnostics;
using System.Globalization;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Data.Providers;
using ElectionTool.Features.Employees;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ElectionTool.Cli;

/// <summary>
/// A throw-away state-size database on a PostgreSQL server for bench-postgres-state: created from the PostgreSQL
/// migrations, masters through EF, staff by COPY with the employee indexes and staff-count triggers set aside during
/// the load (then built once and counted once), dropped on dispose.
/// </summary>
internal sealed class PostgresStateDistrict : IDbContextFactory<ElectionDbContext>, IAsyncDisposable
{
    /// <summary>Units per district (the bench-import people vote in AC-201 … AC-208, which always exist here).</summary>
    public const int UnitsPerDistrict = 8;

    private readonly string _server;
    private readonly DbContextOptions<ElectionDbContext> _options;

    private PostgresStateDistrict(string server, string connection)
    {
        (_server, Connection) = (server, connection);
        var options = new DbContextOptionsBuilder<ElectionDbContext>();
        DatabaseEngine.PostgreSql.Configure(options, connection);
        _options = options.Options;
    }

    public string Connection { get; }

    public ElectionDbContext CreateDbContext() => new(_options);

    public static async Task<PostgresStateDistrict> CreateAsync(string server, int districts, int offices, int employees, int stations, CancellationToken ct)
    {
        var name = $"et_bench_{Guid.NewGuid():N}"[..30];
        await AdminAsync(server, $"CREATE DATABASE \"{name}\"", ct);
        // Resolved as the app resolves its own (JIT off).
        var connection = DatabaseEngine.PostgreSql.Resolve(new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 400, CommandTimeout = 0 }.ToString(), "");
        var district = new PostgresStateDistrict(server, connection);
        var clock = Stopwatch.StartNew();
        await using (var db = district.CreateDbContext())
        {
            await db.Database.MigrateAsync(ct);
            await SeedMastersAsync(db, districts * UnitsPerDistrict, offices, stations, ct);
        }
        Console.WriteLine($"  masters ({offices:N0} offices, {stations:N0} stations, {districts * UnitsPerDistrict} units): {clock.Elapsed.TotalSeconds:F0} s");
        clock.Restart();
        await district.CopyEmployeesAsync(employees, ct);
        Console.WriteLine($"  {employees:N0} employees by COPY, indexes built and staff counted once: {clock.Elapsed.TotalSeconds:F0} s");
        return district;
    }

    private static async Task SeedMastersAsync(ElectionDbContext db, int unitCount, int officeCount, int stationCount, CancellationToken ct)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var departments = Enumerable.Range(1, 25).Select(i => new Department { Code = $"D{i:00}", Name = $"Department {i}" }).ToList();
        var units = Enumerable.Range(1, unitCount).Select(i => new ConstituencyUnit { Code = ConstituencyUnit.AcCode(i), Kind = UnitKind.AssemblyConstituency, Number = i, Name = $"AC {i}" }).ToList();
        db.AddRange(departments);
        db.AddRange(units);
        // The units the imported and saved bench people vote in (AC-201 … AC-208), when a smaller state lacks them:
        // no office or station of the state is in them.
        db.AddRange(Enumerable.Range(201, ImportBenchDistrict.Units).Where(n => n > unitCount)
            .Select(n => new ConstituencyUnit { Code = ConstituencyUnit.AcCode(n), Kind = UnitKind.AssemblyConstituency, Number = n, Name = $"AC {n}" }));
        var now = DateTimeOffset.UtcNow;
        db.Elections.Add(new Election { Name = "Bench election", PollDate = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(3), UnitKind = UnitKind.AssemblyConstituency, EntryDeadline = now.AddDays(7), IsCurrent = true });
        await db.SaveChangesAsync(ct);
        for (var from = 1; from <= officeCount; from += 10_000)
        {
            db.ChangeTracker.Clear();
            db.Offices.AddRange(Enumerable.Range(from, Math.Min(10_000, officeCount - from + 1)).Select(i => new Office
            {
                // Offices 1..N: every third finalized, as in bench-dashboard; codes BO-0001… are bench-import's.
                Code = $"BO-{i:0000}",
                Name = $"Office {i}",
                DepartmentId = departments[i % departments.Count].Id,
                ConstituencyUnitId = units[i % units.Count].Id,
                Phone = $"0755{i:000000}",
                HeadMobile = $"9{i:000000000}",
                ListState = i % 3 == 2 ? StaffListState.Finalized : StaffListState.InProgress,
                FinalizedAt = i % 3 == 2 ? now : null,
                LastActivityAt = now,
            }));
            await db.SaveChangesAsync(ct);
        }
        for (var from = 1; from <= stationCount; from += 10_000)
        {
            db.ChangeTracker.Clear();
            db.PollingStations.AddRange(Enumerable.Range(from, Math.Min(10_000, stationCount - from + 1)).Select(i => new PollingStation
            {
                ConstituencyUnitId = units[i % units.Count].Id,
                Number = i,
                Name = $"Station {i}",
                Electors = 600 + i % 900,
                WomenManaged = i % 25 == 0,
            }));
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task CopyEmployeesAsync(int employeeCount, CancellationToken ct)
    {
        await using var db = CreateDbContext();
        var offices = await db.Offices.OrderBy(o => o.Id).Select(o => new { o.Id, Unit = o.ConstituencyUnitId ?? 0 }).ToListAsync(ct);
        var units = await db.ConstituencyUnits.OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(ct);
        var unitIndex = units.Select((id, i) => (id, i)).ToDictionary(u => u.id, u => u.i);
        var stamp = Convert.ToInt64(StaffWriteStatements.Provider<Employee>(db.Model, nameof(Employee.CreatedAt), DateTimeOffset.UtcNow), CultureInfo.InvariantCulture);
        await using var connection = new NpgsqlConnection(Connection);
        await connection.OpenAsync(ct);
        var indexes = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT indexdef FROM pg_indexes WHERE tablename = 'Employees' AND indexname NOT LIKE 'PK_%'", connection))
        await using (var reader = await list.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                indexes.Add(reader.GetString(0));
            }
        }
        await ExecuteAsync(connection, StaffCountSql.PostgreSql.DropTriggers + string.Concat(indexes.Select(i => $"DROP INDEX \"{i.Split('"')[1]}\";")), ct);
        await using (var copy = await connection.BeginTextImportAsync(
            "COPY \"Employees\" (\"OfficeId\", \"Name\", \"FatherOrHusbandName\", \"Gender\", \"DateOfBirth\", \"Mobile\", \"Designation\", \"ServiceGroup\", " +
            "\"Gazetted\", \"PayLevel\", \"BasicPay\", \"EmploymentType\", \"Epic\", \"VoterUnitId\", \"ResidenceUnitId\", \"HomeUnitId\", \"Disability\", " +
            "\"SpouseInGovtService\", \"SpouseEpic\", \"RetirementDate\", \"ExemptionStatus\", \"NameKey\", \"FatherKey\", \"CreatedAt\", \"UpdatedAt\") FROM STDIN (FORMAT csv)", ct))
        {
            var perOffice = Math.Max(1, employeeCount / offices.Count);
            for (var n = 0; n < employeeCount; n++)
            {
                var level = 1 + n % 14;
                // In long: n × 7919 passes int.MaxValue above n ≈ 271,000, and a negative remainder made half the state retired.
                var born = new DateOnly(1966, 1, 1).AddDays((int)((long)n * 7919 % 13000));
                // A woman one time in three, independent of the pay level (n % 2 made every level-14 officer a woman and
                // every level-13 one a man, a district no party rule was written for).
                var gender = n / 14 % 3 == 0 ? Gender.Female : Gender.Male;
                var office = offices[Math.Min(offices.Count - 1, n / perOffice)];
                // The office's district: units are numbered district by district, UnitsPerDistrict each.
                var officeUnit = unitIndex.GetValueOrDefault(office.Unit);
                var district = officeUnit / UnitsPerDistrict * UnitsPerDistrict;
                var (voterAt, homeAt) = BenchResidence.Of(n, officeUnit - district, Math.Min(UnitsPerDistrict, units.Count - district));
                var (voter, home) = (units[district + voterAt], units[district + homeAt]);
                await copy.WriteLineAsync(string.Join(',',
                    office.Id, $"EMPLOYEE {n}", "Father", (int)gender, born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    $"7{n:000000000}", "Clerk", level >= 10 ? 0 : level >= 6 ? 1 : 2, level >= 10 ? "t" : "f", level, 18000 + level * 4000, n % 12 == 0 ? 1 : 0,
                    $"ABC{n:0000000}", voter, voter, home, n % 97 == 0 ? "t" : "f", n % 40 == 1 ? "t" : "f",
                    n % 40 == 1 ? $"ABC{n - 1:0000000}" : "", born.AddYears(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    n % 50 == 0 ? (int)ExemptionStatus.Approved : 0, $"EMPLOYEE {n}", "FATHER", stamp, stamp));
            }
        }
        await ExecuteAsync(connection, string.Concat(indexes.Select(i => i + ";")) + StaffCountSql.PostgreSql.Reinstall + "ANALYZE;", ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task AdminAsync(string server, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, sql, ct);
    }

    /// <summary>Leave the database on the server when done (to re-measure or EXPLAIN a query by hand).</summary>
    public bool Keep { get; set; }

    public async ValueTask DisposeAsync()
    {
        if (Keep)
        {
            Console.WriteLine($"Kept: {Connection}");
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await AdminAsync(_server, $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(Connection).Database}\" WITH (FORCE)", CancellationToken.None);
    }
}
