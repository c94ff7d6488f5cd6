using System.Globalization;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ElectionTool.Cli;

/// <summary>
/// A synthetic district of the stated scale for the dashboard benchmark: masters through EF, staff by raw SQL in
/// one transaction with a prepared command, the employee indexes built after the load (60,000 rows in about a second).
/// </summary>
internal static class DashboardBenchDistrict
{
    public const int Units = 10;

    public static async Task SeedAsync(ElectionDbContext db, string connectionString, int officeCount, int employeeCount, int stationCount, CancellationToken ct)
    {
        var random = new Random(4);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var departments = Enumerable.Range(1, 25).Select(i => new Department { Code = $"D{i:00}", Name = $"Department {i}" }).ToList();
        var units = Enumerable.Range(1, Units).Select(i => new ConstituencyUnit { Code = ConstituencyUnit.AcCode(i), Kind = UnitKind.AssemblyConstituency, Number = i, Name = $"AC {i}" }).ToList();
        db.Departments.AddRange(departments);
        db.ConstituencyUnits.AddRange(units);
        await db.SaveChangesAsync(ct);
        var perOffice = employeeCount / officeCount;
        var now = DateTimeOffset.UtcNow;
        var offices = Enumerable.Range(1, officeCount).Select(i =>
        {
            var state = (StaffListState)(i % 3);
            return new Office
            {
                Code = $"OF{i:0000}",
                Name = $"Office {i}",
                DepartmentId = departments[i % departments.Count].Id,
                ConstituencyUnitId = units[i % Units].Id,
                Phone = $"0755{i:000000}",
                HeadMobile = $"9{i:000000000}",
                DeclaredTotal = perOffice,
                DeclaredMale = perOffice / 2,
                DeclaredFemale = perOffice - perOffice / 2,
                ListState = state,
                FinalizedAt = state == StaffListState.Finalized ? now.AddDays(-(i % 10)) : null,
                LastActivityAt = now.AddHours(-(i % 200)),
            };
        }).ToList();
        db.Offices.AddRange(offices);
        db.PollingStations.AddRange(Enumerable.Range(1, stationCount).Select(i => new PollingStation
        {
            ConstituencyUnitId = units[i % Units].Id,
            Number = i,
            Name = $"Station {i}",
            Electors = 600 + random.Next(900),
            WomenManaged = i % 25 == 0,
        }));
        db.Elections.Add(new Election
        {
            Name = "Bench election",
            PollDate = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(3),
            UnitKind = UnitKind.AssemblyConstituency,
            EntryDeadline = now.AddDays(7),
            IsCurrent = true,
            IncludeFourthPollingOfficer = true,
        });
        await db.SaveChangesAsync(ct);
        db.ListEvents.AddRange(offices.Where(o => o.ListState == StaffListState.Finalized)
            .Select(o => new ListEvent { OfficeId = o.Id, Kind = ListEventKind.Finalized, At = o.FinalizedAt!.Value, UserName = "bench", StaffCount = perOffice }));
        await db.SaveChangesAsync(ct);
        await InsertEmployeesAsync(connectionString, offices, units, perOffice, random, ct);
    }

    private static async Task InsertEmployeesAsync(string connectionString, List<Office> offices, List<ConstituencyUnit> units, int perOffice, Random random, CancellationToken ct)
    {
        var stamp = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(DateTimeOffset.UtcNow)!;
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        // A bulk load into a throw-away file: no fsync, a large page cache, and the employee indexes built once at
        // the end (a sort) instead of row by row — a state's 1.8 million rows otherwise thrash the cache for hours.
        await ExecuteAsync(connection, null, "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;", ct);
        var indexes = new List<(string Name, string Sql)>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Employees' AND sql IS NOT NULL";
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        // Counted once at the end (as the migration does) rather than row by row through the triggers.
        await ExecuteAsync(connection, transaction, StaffCountSql.DropTriggers + string.Concat(indexes.Select(i => $"DROP INDEX \"{i.Name}\";")), ct);
        var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO Employees (OfficeId, Name, FatherOrHusbandName, Gender, DateOfBirth, Mobile, Designation, ServiceGroup, Gazetted, PayLevel,
              BasicPay, EmploymentType, Epic, VoterUnitId, ResidenceUnitId, HomeUnitId, Disability, SpouseInGovtService, SpouseEpic, RetirementDate,
              ExemptionStatus, NameKey, FatherKey, CreatedAt, UpdatedAt)
            VALUES ($office, $name, 'Father', $gender, $dob, $mobile, 'Clerk', $group, $gazetted, $level, $basic, $type, $epic, $voter, $voter, $home,
              $disability, $spouse, $spouseEpic, $retires, $exemption, $name, 'FATHER', $stamp, $stamp)
            """;
        string[] names = ["office", "name", "gender", "dob", "mobile", "group", "gazetted", "level", "basic", "type", "epic", "voter", "home", "disability", "spouse", "spouseEpic", "retires", "exemption", "stamp"];
        var p = names.ToDictionary(n => n, n => insert.Parameters.Add(new SqliteParameter("$" + n, null)));
        insert.Prepare();
        var n = 0;
        foreach (var office in offices)
        {
            var officeUnit = units.FindIndex(u => u.Id == office.ConstituencyUnitId);
            for (var k = 0; k < perOffice; k++, n++)
            {
                var level = 1 + random.Next(14);
                var born = new DateOnly(1966 + random.Next(36), 1 + random.Next(12), 1 + random.Next(28));
                p["office"].Value = office.Id;
                p["name"].Value = $"EMPLOYEE {n}";
                p["gender"].Value = k % 2;
                p["dob"].Value = born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                p["mobile"].Value = $"7{n:000000000}";
                p["group"].Value = level >= 10 ? 0 : level >= 6 ? 1 : level >= 2 ? 2 : 3;
                p["gazetted"].Value = level >= 10;
                p["level"].Value = level;
                p["basic"].Value = 18000 + level * 4000;
                p["type"].Value = n % 12 == 0 ? 1 : 0;
                p["epic"].Value = $"ABC{n:0000000}";
                var (voter, home) = BenchResidence.Of(n, officeUnit, units.Count);
                p["voter"].Value = units[voter].Id;
                p["home"].Value = units[home].Id;
                p["disability"].Value = n % 97 == 0;
                p["spouse"].Value = n % 40 == 1;
                // Every 40th person names the previous one as spouse: couples for the one-spouse rule.
                p["spouseEpic"].Value = n % 40 == 1 ? $"ABC{n - 1:0000000}" : DBNull.Value;
                p["retires"].Value = born.AddYears(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                p["exemption"].Value = n % 50 == 0 ? (int)ExemptionStatus.Approved : 0;
                p["stamp"].Value = stamp;
                insert.ExecuteNonQuery();
            }

            ct.ThrowIfCancellationRequested();
        }
        await ExecuteAsync(connection, transaction, string.Concat(indexes.Select(i => i.Sql + ";")) + StaffCountSql.Rebuild + StaffCountSql.CreateTriggers, ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
