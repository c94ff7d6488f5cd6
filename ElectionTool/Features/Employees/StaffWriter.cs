using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Employees;

/// <summary>
/// Applies staff rows to one office inside one DbContext: validation, one-person-once across the district,
/// audit, near-duplicate flags. A grid save is a batch of one; an import is a batch of thousands with the
/// lookups fetched once. Nothing is written until <see cref="SaveAsync"/>, which is atomic.
/// </summary>
public sealed class StaffWriter
{
    private const int ChunkSize = 500;

    private readonly ElectionDbContext _db;
    private readonly Office _office;
    private readonly IReadOnlyDictionary<string, int> _units;
    private readonly DateOnly _today;
    private readonly int _superannuationAge;
    private readonly string _actor;
    private readonly Dictionary<string, Employee> _byEpic = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Employee> _byMobile = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Employee> _byId = [];
    private readonly HashSet<Employee> _touched = [];
    private readonly List<Employee> _namesChanged = [];

    private StaffWriter(ElectionDbContext db, Office office, IReadOnlyDictionary<string, int> units, DateOnly today, int superannuationAge, string actor)
    {
        _db = db;
        _office = office;
        _units = units;
        _today = today;
        _superannuationAge = superannuationAge;
        _actor = actor;
    }

    public Office Office => _office;
    public int Created { get; private set; }
    public int Updated { get; private set; }

    /// <summary>Why nothing may be written to this office now, or null.</summary>
    public string? LockedReason => _office.ListState == StaffListState.Finalized
        ? $"The staff list of {_office.Name} ({_office.Code}) is finalized and locked. Ask the Admin to reopen it to make changes."
        : null;

    public static async Task<StaffWriter?> OpenAsync(ElectionDbContext db, int officeId, string actor, DateOnly today, int superannuationAge, CancellationToken ct)
    {
        var office = await db.Offices.FirstOrDefaultAsync(o => o.Id == officeId, ct);
        if (office is null)
        {
            return null;
        }
        var units = await UnitLookup.LoadAsync(db, ct);
        return new StaffWriter(db, office, units, today, superannuationAge, actor);
    }

    /// <summary>Fetches, in a few queries, every stored person the rows could collide with.</summary>
    public async Task PrefetchAsync(IReadOnlyCollection<EmployeeInput> inputs, CancellationToken ct)
    {
        var epics = inputs.Select(i => FieldParsers.Epic(i.Epic)).OfType<string>().Distinct().ToList();
        var mobiles = inputs.Select(i => FieldParsers.Mobile(i.Mobile)).OfType<string>().Distinct().ToList();
        var ids = inputs.Where(i => i.Id != 0).Select(i => i.Id).Distinct().ToList();
        foreach (var chunk in epics.Chunk(ChunkSize))
        {
            Remember(await _db.Employees.Include(e => e.Office).Where(e => chunk.Contains(e.Epic)).ToListAsync(ct));
        }
        foreach (var chunk in mobiles.Chunk(ChunkSize))
        {
            Remember(await _db.Employees.Include(e => e.Office).Where(e => chunk.Contains(e.Mobile)).ToListAsync(ct));
        }
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            Remember(await _db.Employees.Include(e => e.Office).Where(e => chunk.Contains(e.Id)).ToListAsync(ct));
        }
    }

    private void Remember(IEnumerable<Employee> employees)
    {
        foreach (var e in employees)
        {
            _byEpic[e.Epic] = e;
            _byMobile[e.Mobile] = e;
            _byId[e.Id] = e;
        }
    }

    /// <summary>
    /// Validates and stages one row. With matchByEpic (imports), a row whose EPIC is already on this office's
    /// list updates that person, so re-importing a file creates no duplicates.
    /// </summary>
    public RowOutcome Apply(EmployeeInput input, bool matchByEpic)
    {
        if (LockedReason is { } locked)
        {
            return RowOutcome.Rejected("", locked);
        }
        var validation = EmployeeValidator.Validate(input, _units, _today, _superannuationAge);
        if (validation.Value is not { } row)
        {
            return RowOutcome.Rejected(validation.Errors);
        }
        Employee? target = null;
        if (input.Id != 0)
        {
            if (!_byId.TryGetValue(input.Id, out target) || target.OfficeId != _office.Id)
            {
                return RowOutcome.Rejected("", "This person is no longer on the office's list (deleted meanwhile?). Reload the page.");
            }
        }
        else if (matchByEpic && _byEpic.TryGetValue(row.Epic, out var sameEpic) && sameEpic.OfficeId == _office.Id)
        {
            target = sameEpic;
        }
        if (target is not null && input.Id == 0 && _touched.Contains(target))
        {
            return RowOutcome.Rejected("EPIC", $"EPIC {row.Epic} appears twice in this file; the earlier row is kept.");
        }
        if (Conflict(_byEpic, row.Epic, target) is { } epicHolder)
        {
            return RowOutcome.Rejected("EPIC", $"EPIC {row.Epic} is already entered by {Holder(epicHolder)}.");
        }
        if (Conflict(_byMobile, row.Mobile, target) is { } mobileHolder)
        {
            return RowOutcome.Rejected("Mobile", $"Mobile {row.Mobile} is already entered for {mobileHolder.Name} by {Holder(mobileHolder)}.");
        }
        return target is null ? Create(row) : Update(target, row);
    }

    private Employee? Conflict(Dictionary<string, Employee> index, string key, Employee? target) =>
        index.TryGetValue(key, out var holder) && !ReferenceEquals(holder, target) ? holder : null;

    private string Holder(Employee holder) =>
        holder.OfficeId == _office.Id ? $"this office ({holder.Name})" : $"{holder.Office?.Name} ({holder.Office?.Code})";

    private RowOutcome Create(ValidEmployee row)
    {
        var employee = new Employee
        {
            Name = "",
            FatherOrHusbandName = "",
            Mobile = "",
            Designation = "",
            Epic = "",
            OfficeId = _office.Id,
            Office = _office,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        row.ApplyTo(employee);
        _db.Employees.Add(employee);
        Index(employee, null, null);
        _namesChanged.Add(employee);
        AuditLog.Record(_db, _actor, "Create", "Employee", $"{_office.Code}/{row.Epic}", null, row);
        Created++;
        return new RowOutcome(SaveKind.Created, 0, []);
    }

    private RowOutcome Update(Employee employee, ValidEmployee row)
    {
        var before = ValidEmployee.From(employee);
        _touched.Add(employee);
        if (before == row)
        {
            return new RowOutcome(SaveKind.Unchanged, employee.Id, []);
        }
        var (oldEpic, oldMobile) = (employee.Epic, employee.Mobile);
        row.ApplyTo(employee);
        employee.UpdatedAt = DateTimeOffset.UtcNow;
        Index(employee, oldEpic, oldMobile);
        if (before.Name != row.Name || before.FatherOrHusbandName != row.FatherOrHusbandName || before.DateOfBirth != row.DateOfBirth)
        {
            _namesChanged.Add(employee);
        }
        AuditLog.Record(_db, _actor, "Update", "Employee", $"{_office.Code}/{row.Epic}", before, row);
        Updated++;
        return new RowOutcome(SaveKind.Updated, employee.Id, []);
    }

    private void Index(Employee employee, string? oldEpic, string? oldMobile)
    {
        if (oldEpic is not null)
        {
            _byEpic.Remove(oldEpic);
        }
        if (oldMobile is not null)
        {
            _byMobile.Remove(oldMobile);
        }
        _byEpic[employee.Epic] = employee;
        _byMobile[employee.Mobile] = employee;
        _touched.Add(employee);
    }

    /// <summary>
    /// Writes everything staged, atomically, and bumps the office's version so a finalize that raced with
    /// this save fails instead of certifying a list it did not see. Then flags likely duplicates.
    /// </summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        if (Created + Updated == 0)
        {
            return;
        }
        _office.LastActivityAt = DateTimeOffset.UtcNow;
        if (_office.ListState == StaffListState.NotStarted)
        {
            _office.ListState = StaffListState.InProgress;
        }
        _office.Version++;
        await _db.SaveChangesAsync(ct);
        await DuplicateFinder.FlagAsync(_db, _namesChanged, ct);
    }
}
