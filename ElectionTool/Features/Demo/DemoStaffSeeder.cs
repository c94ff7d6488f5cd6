using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Employees;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Demo;

/// <summary>
/// Fills demo offices with staff so the district looks mid-window: some offices finalized, some in
/// progress, some not started, with a few exemptions, couples and near-duplicates for the Admin to resolve.
/// </summary>
internal sealed class DemoStaffSeeder(ElectionDbContext db, Random random, DateOnly today, DateTimeOffset now, int superannuationAge)
{
    private readonly List<ListEvent> _finalizations = [];

    // Finalized offices enter everything, in-progress ones about 60%, not-started ones nothing.
    private const double ExpectedShareEntered = 0.4 + 0.35 * 0.6;

    /// <param name="centralDepartments">Central Govt, central PSU and bank departments: their offices are all finalized, so
    /// micro-observers (polling and counting), who come only from them, can be drawn in a training session.</param>
    public async Task<int> SeedAsync(IReadOnlyList<Office> offices, IReadOnlySet<int> centralDepartments, int employeeCount, CancellationToken ct)
    {
        var people = new DemoPeople(random, today, now, superannuationAge);
        var acIds = await db.ConstituencyUnits.Where(u => u.Kind == UnitKind.AssemblyConstituency).Select(u => u.Id).ToListAsync(ct);
        var weights = offices.Select(o => (double)o.DeclaredTotal).ToList();
        var scale = employeeCount / ExpectedShareEntered / weights.Sum();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var created = new List<Employee>();
        for (var i = 0; i < offices.Count; i++)
        {
            var office = offices[i];
            var target = Math.Max(3, (int)Math.Round(weights[i] * scale));
            var state = centralDepartments.Contains(office.DepartmentId) ? StaffListState.Finalized
                : (i % 20) switch { < 8 => StaffListState.Finalized, < 15 => StaffListState.InProgress, _ => StaffListState.NotStarted };
            var count = state switch { StaffListState.Finalized => target, StaffListState.InProgress => Math.Max(1, target * (3 + random.Next(7)) / 10), _ => 0 };
            var staff = Enumerable.Range(0, count).Select(_ => people.Create(office, PickGender(), acIds, hindiName: random.Next(10) < 3)).ToList();
            created.AddRange(staff);
            db.Employees.AddRange(staff);
            SetDeclared(office, state, target, staff);
            if (created.Count % 5000 < count)
            {
                await db.SaveChangesAsync(ct);
            }
        }
        // Added in the order they happened (the feed itself sorts by time).
        db.ListEvents.AddRange(_finalizations.OrderBy(e => e.At));
        await db.SaveChangesAsync(ct);
        MarkExemptionsAndCouples(created);
        var copies = AddNearDuplicates(offices, created);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await DuplicateFinder.FlagAsync(db, copies, now, ct);
        return created.Count + copies.Count;
    }

    private Gender PickGender()
    {
        var roll = random.Next(1000);
        return roll < 2 ? Gender.ThirdGender : roll < 360 ? Gender.Female : Gender.Male;
    }

    private void SetDeclared(Office office, StaffListState state, int target, List<Employee> staff)
    {
        office.ListState = state;
        if (state == StaffListState.Finalized)
        {
            office.DeclaredTotal = staff.Count;
            office.DeclaredMale = staff.Count(e => e.Gender == Gender.Male);
            office.DeclaredFemale = staff.Count(e => e.Gender == Gender.Female);
            office.FinalizedAt = now.AddHours(-random.Next(1, 24 * 10));
            office.FinalizedBy = office.Code;
            office.LastActivityAt = office.FinalizedAt;
            _finalizations.Add(new ListEvent
            {
                OfficeId = office.Id,
                Kind = ListEventKind.Finalized,
                At = office.FinalizedAt.Value,
                UserName = office.Code,
                StaffCount = staff.Count,
            });
        }
        else
        {
            var female = (int)Math.Round(target * 0.36);
            (office.DeclaredTotal, office.DeclaredFemale, office.DeclaredMale) = (target, female, target - female);
            office.LastActivityAt = state == StaffListState.InProgress ? now.AddHours(-random.Next(1, 24 * 5)) : null;
        }
    }

    private void MarkExemptionsAndCouples(List<Employee> staff)
    {
        ExemptionReason[] reasons = [ExemptionReason.Medical, ExemptionReason.PregnancyOrMaternity, ExemptionReason.EssentialService, ExemptionReason.SpouseAlreadyOnDuty];
        foreach (var employee in staff.Where((_, i) => i % 67 == 5))
        {
            employee.ExemptionStatus = random.Next(2) == 0 ? ExemptionStatus.Requested : ExemptionStatus.Approved;
            employee.ExemptionReason = reasons[random.Next(reasons.Length)];
            employee.ExemptionNote = "Certificate attached to the hard copy.";
        }
        var women = staff.Where(e => e.Gender == Gender.Female).ToList();
        var men = staff.Where(e => e.Gender == Gender.Male).ToList();
        for (var i = 0; i < Math.Min(women.Count, men.Count) / 40; i++)
        {
            var (wife, husband) = (women[i * 40], men[i * 40 + 1]);
            (wife.SpouseInGovtService, wife.SpouseEpic, husband.SpouseInGovtService, husband.SpouseEpic) = (true, husband.Epic, true, wife.Epic);
        }
    }

    private List<Employee> AddNearDuplicates(IReadOnlyList<Office> offices, List<Employee> staff)
    {
        var open = offices.Where(o => o.ListState == StaffListState.InProgress).ToList();
        var copies = new List<Employee>();
        if (open.Count < 2)
        {
            return copies;
        }
        var people = new DemoPeople(new Random(99), today, now, superannuationAge);
        foreach (var original in staff.Where(e => e.Name.Contains("Shrivastava", StringComparison.Ordinal)).Take(6))
        {
            var other = open.First(o => o.Id != original.OfficeId);
            var copy = people.NearCopy(original, other);
            copy.Epic = "DUP" + copy.Epic[3..];
            copy.Mobile = "6" + copy.Mobile[1..];
            copies.Add(copy);
            db.Employees.Add(copy);
        }
        return copies;
    }
}
