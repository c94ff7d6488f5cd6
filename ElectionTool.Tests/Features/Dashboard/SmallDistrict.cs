using ElectionTool.Data.Entities;
using ElectionTool.Features.Dashboard;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Dashboard;

/// <summary>
/// Three offices in two departments with ten people chosen so each exclusion and each role band is hit once; the
/// figures the tests expect are worked out by hand in the comments.
/// </summary>
public sealed class SmallDistrict
{
    public int Rev { get; private set; }
    public int Edu { get; private set; }
    public int RevFinalized { get; private set; }
    public int RevInProgress { get; private set; }
    public int EduNotStarted { get; private set; }
    public int Ac1 { get; private set; }
    public DateOnly Today { get; private set; }

    public static async Task<SmallDistrict> SeedAsync(ServiceHarness h, bool withElection = true)
    {
        var clock = h.Get<ElectionTool.Features.Common.DistrictClock>();
        var d = new SmallDistrict { Today = clock.Today };
        d.Rev = await h.DepartmentAsync("REV", "Revenue");
        d.Edu = await h.DepartmentAsync("EDU", "Education");
        d.Ac1 = await h.AcAsync(1);
        var ac2 = await h.AcAsync(2);
        // Staff vote in AC-003, which has no stations, so no one is kept out by the not-at-home rule unless a test says so.
        var home = await h.AcAsync(3);
        d.RevFinalized = await h.OfficeAsync("REV-1", "REV", "AC-001");
        d.RevInProgress = await h.OfficeAsync("REV-2", "REV", "AC-002");
        d.EduNotStarted = await h.OfficeAsync("EDU-1", "EDU", "AC-001");
        await using var db = h.Db();
        await db.SetOfficeAsync(d.RevFinalized, StaffListState.Finalized, 8);
        await db.SetOfficeAsync(d.RevInProgress, StaffListState.InProgress, 4);
        await db.SetOfficeAsync(d.EduNotStarted, StaffListState.NotStarted, 3);

        if (withElection)
        {
            // Cutoff for retirement: poll date + 6 months = 1 Sep 2027.
            db.Elections.Add(new Election
            {
                Name = "Test Assembly 2027",
                PollDate = new DateOnly(2027, 3, 1),
                UnitKind = UnitKind.AssemblyConstituency,
                IsCurrent = true,
                EntryDeadline = clock.UtcNow.AddDays(3).AddHours(5),
                IncludeFourthPollingOfficer = true,
                FourthOfficerElectorsThreshold = 1200,
                ReservePercent = 20,
                PresidingMinPayLevel = 8,
                PresidingFromGazetted = true,
                PollingOfficer1MinPayLevel = 6,
            });
            // AC-001: 3 stations, 2 above 1,200 electors, 1 women-managed (also above) → S3 W1 B2 BW1, reserve R1 RW1 R4 1.
            // AC-002: 2 stations → S2, reserve R1.  Seats PO..PO3 = 4 + 3 = 7 (women 2); PO4 = 2 + 1 = 3 (women 1); total 31.
            db.PollingStations.AddRange(
                new PollingStation { ConstituencyUnitId = d.Ac1, Number = 1, Name = "S1", Electors = 1000 },
                new PollingStation { ConstituencyUnitId = d.Ac1, Number = 2, Name = "S2", Electors = 1300, WomenManaged = true },
                new PollingStation { ConstituencyUnitId = d.Ac1, Number = 3, Name = "S3", Electors = 1500 },
                new PollingStation { ConstituencyUnitId = ac2, Number = 1, Name = "S4", Electors = 800 },
                new PollingStation { ConstituencyUnitId = ac2, Number = 2, Name = "S5", Electors = 900 });
            await db.SaveChangesAsync();
        }

        var office = d.RevFinalized;
        var e1 = await db.AddEmployeeAsync(office, home, e => (e.PayLevel, e.BasicPay, e.ServiceGroup) = (10, 60000, ServiceGroup.A)); // PO, PO1
        await db.AddEmployeeAsync(office, home, e => (e.Gender, e.PayLevel, e.BasicPay, e.ServiceGroup) = (Gender.Female, 7, 45000, ServiceGroup.B)); // PO1 (woman)
        await db.AddEmployeeAsync(office, home, e => (e.PayLevel, e.BasicPay, e.ServiceGroup, e.EmploymentType) = (9, 55000, ServiceGroup.B, EmploymentType.Contractual)); // PO2-4 only
        await db.AddEmployeeAsync(office, home, e => (e.Gender, e.ExemptionStatus) = (Gender.Female, ExemptionStatus.Approved)); // exempted
        await db.AddEmployeeAsync(office, home, e => (e.Disability, e.PayLevel, e.BasicPay, e.ServiceGroup) = (true, 12, 80000, ServiceGroup.A)); // disability
        await db.AddEmployeeAsync(office, home, e => (e.Gender, e.PayLevel, e.BasicPay, e.RetirementDate) = (Gender.Female, 5, 30000, new DateOnly(2027, 6, 30))); // retiring
        await db.AddEmployeeAsync(office, home, e => (e.PayLevel, e.BasicPay, e.Gazetted) = (5, 30000, true)); // PO (gazetted), not PO1
        await db.AddEmployeeAsync(office, home, e => (e.Gender, e.PayLevel, e.BasicPay, e.ServiceGroup, e.SpouseEpic, e.SpouseInGovtService) =
            (Gender.Female, 6, 36000, ServiceGroup.B, e1.Epic, true)); // PO1 (woman); wife of e1: one of the two is left out
        await db.AddEmployeeAsync(d.RevInProgress, home, e => (e.PayLevel, e.BasicPay, e.ServiceGroup) = (10, 60000, ServiceGroup.A)); // office not finalized
        await db.AddEmployeeAsync(d.RevInProgress, home, e => (e.Gender, e.PayLevel, e.BasicPay) = (Gender.Female, 3, 22000)); // office not finalized
        return d;
    }

    /// <summary>10:00 IST on the given day.</summary>
    public static DateTimeOffset At(DateOnly day, int hour = 10) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(5.5)); // the district default, India
}
