using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Features.Elections;
using ElectionTool.Features.Settings;
using ElectionTool.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Demo;

public sealed record DemoAccount(string UserName, string Role, string Note);

public sealed record DemoSummary(int Departments, int Offices, int Units, int Stations, int Employees, IReadOnlyList<DemoAccount> Accounts);

/// <summary>
/// A realistic district for training sessions. Repeatable: the same options give the same district (a fixed
/// pseudo-random seed; this is demo data, not a draw).
/// </summary>
public sealed class DemoDistrictSeeder(
    ElectionDbContext db,
    UserManager<AppUser> users,
    DatabaseInitializer initializer,
    Microsoft.Extensions.Options.IOptions<ElectionDefaultsOptions> defaults,
    DistrictClock clock)
{
    /// <summary>Documented in the README; demo accounts skip the first-sign-in password change.</summary>
    public const string DemoPassword = "Demo@Election2026";

    public const int MaxEmployees = 60_000;

    public async Task<DemoSummary> SeedAsync(int officeCount, bool reset, CancellationToken ct, int employeeCount = 5000)
    {
        if (employeeCount is < 0 or > MaxEmployees)
        {
            throw new InvalidOperationException($"--employees must be between 0 and {MaxEmployees}.");
        }
        if (reset)
        {
            await db.Database.EnsureDeletedAsync(ct);
            await initializer.MigrateAsync(ct);
        }
        else if (await db.Departments.AnyAsync(ct))
        {
            throw new InvalidOperationException("The database already holds a district. Run seed-demo --reset to wipe it and start over.");
        }
        var random = new Random(2026);
        var departments = DemoNames.Departments.Select(d => new Department { Code = d.Code, Name = $"{d.Name} / {d.Hindi}", Category = d.Category }).ToList();
        db.Departments.AddRange(departments);
        var acs = DemoNames.Constituencies.Select(c => new ConstituencyUnit
        {
            Code = ConstituencyUnit.AcCode(c.Number),
            Kind = UnitKind.AssemblyConstituency,
            Number = c.Number,
            Name = $"{c.Name} / {c.Hindi}",
        }).ToList();
        db.ConstituencyUnits.AddRange(acs);
        var wards = AddLocalBodies();
        await db.SaveChangesAsync(ct);

        var stations = AddStations(acs, wards, random);
        var offices = AddOffices(officeCount, departments, acs, random);
        db.Elections.Add(new Election
        {
            Name = "Vidhan Sabha General Election 2027",
            Type = ElectionType.Assembly,
            PollDate = new DateOnly(2027, 2, 18),
            UnitKind = UnitKind.AssemblyConstituency,
            EntryDeadline = clock.At(new DateOnly(2026, 12, 20), new TimeOnly(18, 0)),
            IsCurrent = true,
            IncludeFourthPollingOfficer = true,
            FourthOfficerElectorsThreshold = 1200,
        });
        db.DistrictSettings.Add(new DistrictSetting { Key = DistrictSettingsService.RequireTwoFactorForAdminKey, Value = "False" });
        await db.SaveChangesAsync(ct);
        await Maps.DemoBoundaries.AddAsync(db, clock.UtcNow, ct);

        var today = clock.Today;
        await DemoTrainingSeeder.SeedAsync(db, await db.CurrentElection().SingleAsync(ct), acs.Select(a => a.Name.Split(" / ")[0]), today, ct);
        var employees = employeeCount == 0 ? 0
            : await new DemoStaffSeeder(db, random, today, clock.UtcNow, defaults.Value.SuperannuationAge).SeedAsync(offices, CentralDepartments(departments), employeeCount, ct);
        // The demo operator's office is left open for data entry.
        offices[0].ListState = await db.Employees.AnyAsync(e => e.OfficeId == offices[0].Id, ct) ? StaffListState.InProgress : StaffListState.NotStarted;
        offices[0].FinalizedAt = null;
        await db.ListEvents.Where(e => e.OfficeId == offices[0].Id).ExecuteDeleteAsync(ct);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);

        var accounts = await AddAccountsAsync(departments, offices[0]);
        return new DemoSummary(departments.Count, offices.Count, acs.Count + wards.Count, stations, employees, accounts);
    }

    private static HashSet<int> CentralDepartments(IEnumerable<Department> departments) =>
        departments.Where(d => d.Category is DepartmentCategory.CentralGovt or DepartmentCategory.CentralPsu or DepartmentCategory.Bank).Select(d => d.Id).ToHashSet();

    private List<ConstituencyUnit> AddLocalBodies()
    {
        var bodies = new[]
        {
            new LocalBody { Code = "NN-RMP", Name = "Nagar Nigam Rampur / नगर निगम रामपुर", Kind = LocalBodyKind.NagarNigam },
            new LocalBody { Code = "NP-SPR", Name = "Nagar Palika Sitapur / नगर पालिका सीतापुर", Kind = LocalBodyKind.NagarPalika },
        };
        var wards = new List<ConstituencyUnit>();
        foreach (var (body, count) in bodies.Zip(new[] { 30, 15 }))
        {
            for (var n = 1; n <= count; n++)
            {
                var village = DemoNames.Villages[(n - 1) % DemoNames.Villages.Length];
                wards.Add(new ConstituencyUnit
                {
                    Code = ConstituencyUnit.WardCode(body.Code, n),
                    Kind = UnitKind.Ward,
                    Number = n,
                    LocalBody = body,
                    Name = $"Ward {n} {village.Name} / वार्ड {n} {village.Hindi}",
                });
            }
            db.LocalBodies.Add(body);
        }
        db.ConstituencyUnits.AddRange(wards);
        return wards;
    }

    private int AddStations(List<ConstituencyUnit> acs, List<ConstituencyUnit> wards, Random random)
    {
        var count = 0;
        foreach (var unit in acs.Concat(wards))
        {
            // Sized so the demo pool (about 40% of offices finalized) can staff every party with reserves.
            var perUnit = unit.Kind == UnitKind.AssemblyConstituency ? 30 : 2;
            for (var n = 1; n <= perUnit; n++)
            {
                var village = DemoNames.Villages[random.Next(DemoNames.Villages.Length)];
                var building = DemoNames.StationBuildings[random.Next(DemoNames.StationBuildings.Length)];
                db.PollingStations.Add(new PollingStation
                {
                    ConstituencyUnitId = unit.Id,
                    Number = n,
                    Name = $"{building}, {village.Name} ({village.Hindi})",
                    Location = $"{building}, {village.Name}, Room {1 + random.Next(3)}",
                    Electors = 550 + random.Next(1000),
                    WomenManaged = n % 20 == 7,
                    Sensitive = random.Next(10) == 0,
                    // Each unit's stations lie around its own town (about 15 km across), so sectors have real routes.
                    Latitude = Math.Round(23.1 + 0.2 * (unit.Number % 5) + 0.14 * random.NextDouble(), 5),
                    Longitude = Math.Round(77.2 + 0.2 * (unit.Number / 5 % 5) + 0.14 * random.NextDouble(), 5),
                });
                count++;
            }
        }
        return count;
    }

    private List<Office> AddOffices(int officeCount, List<Department> departments, List<ConstituencyUnit> acs, Random random)
    {
        var totalWeight = DemoNames.Departments.Sum(d => d.Weight);
        var offices = new List<Office>();
        for (var i = 0; i < officeCount; i++)
        {
            // Spread offices over departments by weight, deterministically.
            var pick = i * totalWeight / officeCount;
            var index = 0;
            for (var acc = DemoNames.Departments[0].Weight; acc <= pick; acc += DemoNames.Departments[++index].Weight)
            {
            }
            var dept = DemoNames.Departments[index];
            var serial = offices.Count(o => o.DepartmentId == departments[index].Id) + 1;
            var village = DemoNames.Villages[random.Next(DemoNames.Villages.Length)];
            var ac = acs[random.Next(acs.Count)];
            var total = 5 + random.Next(56);
            var female = random.Next(total / 2 + 1);
            var office = new Office
            {
                Code = $"{dept.Code}-{serial:000}",
                Name = $"{dept.OfficeKind} {village.Name} / {dept.OfficeKindHindi} {village.Hindi}",
                DepartmentId = departments[index].Id,
                HeadDesignation = dept.Head,
                Address = $"Main Road, {village.Name}",
                Pin = $"46{random.Next(1000, 9999)}",
                Block = ac.Name.Split(" / ")[0],
                ConstituencyUnitId = ac.Id,
                Phone = $"0755-2{random.Next(100000, 999999)}",
                Email = $"{dept.Code.ToLowerInvariant()}{serial:000}@demo.gov.in",
                HeadMobile = $"9{random.Next(100000000, 999999999)}",
                DeclaredTotal = total,
                DeclaredFemale = female,
                DeclaredMale = total - female,
            };
            offices.Add(office);
            db.Offices.Add(office);
        }
        return offices;
    }

    private async Task<List<DemoAccount>> AddAccountsAsync(List<Department> departments, Office firstOffice)
    {
        var nodalDepartments = departments.Where(d => d.Code is "REV" or "SED" or "HLT").Select(d => d.Id).ToList();
        var accounts = new (AppUser User, string Role, string Note)[]
        {
            (new AppUser { UserName = "demo-admin", FullName = "Demo Admin (IT cell)" }, Roles.Admin, "everything"),
            (new AppUser { UserName = "demo-nodal", FullName = "Demo Nodal Officer" }, Roles.NodalOfficer, "Revenue, School Education, Health"),
            (new AppUser { UserName = "demo-operator", FullName = "Demo Operator", OfficeId = firstOffice.Id }, Roles.OfficeOperator, $"office {firstOffice.Code}"),
            (new AppUser { UserName = "demo-observer", FullName = "Demo Observer" }, Roles.Observer, "read-only"),
            (new AppUser { UserName = "demo-desk", FullName = "Demo Training Desk" }, Roles.TrainingDesk, "training attendance and ballot desk"),
        };
        foreach (var (user, role, _) in accounts)
        {
            user.CreatedAt = clock.UtcNow;
            if (role == Roles.NodalOfficer)
            {
                user.NodalDepartments = nodalDepartments.Select(d => new NodalDepartment { UserId = user.Id, DepartmentId = d }).ToList();
            }
            var created = await users.CreateAsync(user, DemoPassword);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            }
            await users.AddToRoleAsync(user, role);
        }
        return accounts.Select(a => new DemoAccount(a.User.UserName!, a.Role, a.Note)).ToList();
    }
}
