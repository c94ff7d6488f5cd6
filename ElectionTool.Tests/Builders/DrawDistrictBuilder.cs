using ElectionTool.Data;
using ElectionTool.Data.Entities;

namespace ElectionTool.Tests.Builders;

/// <summary>What <see cref="DrawDistrictBuilder"/> put in the database, for assertions.</summary>
public sealed record DrawDistrict(int ElectionId, IReadOnlyList<int> FinalizedEmployeeIds, IReadOnlyList<int> PendingEmployeeIds,
    IReadOnlyList<int> ExcludedEmployeeIds, IReadOnlyList<string> StationNames, IReadOnlyList<string> UnitCodes);

/// <summary>
/// A small district ready for the draw, written straight through <see cref="ElectionDbContext"/>: departments,
/// finalized offices spread over the units, stations, a current election, and staff with a realistic spread of
/// pay levels and genders — plus one office still in progress and a few people every draw must leave out
/// (approved exemption, disability, retiring before the poll).
/// </summary>
public sealed class DrawDistrictBuilder
{
    private int _units = 3;
    private int _stationsPerUnit = 4;
    private int _offices = 12;
    private int _perOffice = 14;

    public DrawDistrictBuilder Units(int count) { _units = count; return this; }
    public DrawDistrictBuilder StationsPerUnit(int count) { _stationsPerUnit = count; return this; }
    public DrawDistrictBuilder Offices(int count, int perOffice) { _offices = count; _perOffice = perOffice; return this; }

    public async Task<DrawDistrict> BuildAsync(ElectionDbContext db)
    {
        var pollDate = new DateOnly(2027, 3, 15);
        var election = new Election
        {
            Name = "Assembly General Election 2027",
            PollDate = pollDate,
            IsCurrent = true,
            UnitKind = UnitKind.AssemblyConstituency,
            EntryDeadline = DateTimeOffset.UtcNow.AddDays(10),
            ReservePercent = 20,
            PresidingMinPayLevel = 8,
            PollingOfficer1MinPayLevel = 6,
        };
        db.Elections.Add(election);
        var departments = Enumerable.Range(1, 3).Select(i => new Department { Code = $"DEP{i}", Name = $"Department {i} / विभाग {i}" }).ToList();
        db.Departments.AddRange(departments);
        var units = Enumerable.Range(1, _units).Select(i => new ConstituencyUnit
        {
            Code = ConstituencyUnit.AcCode(i),
            Kind = UnitKind.AssemblyConstituency,
            Number = i,
            Name = $"Constituency {i}",
        }).ToList();
        db.ConstituencyUnits.AddRange(units);
        await db.SaveChangesAsync();

        var stationNames = new List<string>();
        foreach (var unit in units)
        {
            for (var n = 1; n <= _stationsPerUnit; n++)
            {
                var name = $"Kendra Vidyalaya Booth {unit.Number}x{n} / केंद्र {unit.Number}-{n}";
                stationNames.Add(name);
                db.PollingStations.Add(new PollingStation { ConstituencyUnitId = unit.Id, Number = 100 + n, Name = name, Electors = 900, WomenManaged = unit.Number == 1 && n == 1 });
            }
        }

        var offices = Enumerable.Range(1, _offices + 1).Select(i => new Office
        {
            Code = $"OFF{i:000}",
            Name = i % 2 == 0 ? $"Tehsil Karyalay {i} / तहसील कार्यालय {i}" : $"Block Office {i}",
            DepartmentId = departments[i % departments.Count].Id,
            ConstituencyUnitId = units[i % units.Count].Id,
            ListState = i <= _offices ? StaffListState.Finalized : StaffListState.InProgress,
        }).ToList();
        db.Offices.AddRange(offices);
        await db.SaveChangesAsync();

        var finalized = new List<Employee>();
        var pending = new List<Employee>();
        var excluded = new List<Employee>();
        var serial = 0;
        foreach (var office in offices)
        {
            for (var k = 0; k < _perOffice; k++)
            {
                serial++;
                var payLevel = (k % 7) switch { 0 => 10, 1 => 8, 2 => 7, 3 => 6, 4 => 5, 5 => 4, _ => 3 };
                var dob = new DateOnly(1975 + serial % 15, 1 + serial % 12, 1 + serial % 27);
                // Every field the draw reads is set here as this district always had it (other tests name these people).
                var e = EmployeeBuilder.Entity(serial, office.Id, office.ConstituencyUnitId!.Value, person =>
                {
                    person.Name = serial % 3 == 0 ? $"सुनीता देवी {serial}" : $"Ramesh Kumar {serial}";
                    person.FatherOrHusbandName = $"Father {serial}";
                    person.Gender = k % 5 is 1 or 3 ? Gender.Female : Gender.Male;
                    person.DateOfBirth = dob;
                    person.Mobile = $"9{serial:000000000}";
                    person.Designation = payLevel >= 8 ? "Tehsildar" : payLevel >= 6 ? "Naib Tehsildar" : "Clerk";
                    person.ServiceGroup = ServiceGroup.A;
                    person.PayLevel = payLevel;
                    person.BasicPay = 20000 + payLevel * 5000 + k * 10;
                    person.Gazetted = payLevel >= 10;
                    person.RetirementDate = dob.AddYears(60);
                    person.NameKey = $"n{serial}";
                    person.FatherKey = $"f{serial}";
                });
                if (office.ListState != StaffListState.Finalized)
                {
                    pending.Add(e);
                }
                else if (k == 0 && serial % 2 == 1) { e.ExemptionStatus = ExemptionStatus.Approved; e.ExemptionReason = ExemptionReason.Medical; excluded.Add(e); }
                else if (k == 7 && serial % 3 == 0) { e.Disability = true; excluded.Add(e); }
                else if (k == 8 && serial % 4 == 0) { e.RetirementDate = pollDate.AddMonths(2); excluded.Add(e); }
                if (office.ListState == StaffListState.Finalized)
                {
                    finalized.Add(e);
                }

                db.Employees.Add(e);
            }
        }

        await db.SaveChangesAsync();
        return new DrawDistrict(election.Id, finalized.Select(e => e.Id).ToList(), pending.Select(e => e.Id).ToList(),
            excluded.Select(e => e.Id).ToList(), stationNames, units.Select(u => u.Code).ToList());
    }
}
