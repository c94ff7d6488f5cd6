using System.Runtime.CompilerServices;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ElectionTool.Features.Employees;

/// <summary>What the caller needs to know to open a <see cref="StaffWriter"/>: who acts, by which clock, under which settings.</summary>
public sealed record StaffWriterContext(string Actor, bool SeesWholeDistrict, DistrictClock Clock, int SuperannuationAge, StaffListNotifier Notifier)
{
    /// <summary>The district's date (IST), for retirement and age rules.</summary>
    public DateOnly Today => Clock.Today;
}

/// <summary>
/// Applies staff rows to one office: validation, one-person-once across the district, audit, near-duplicate flags.
/// A grid save is a batch of one; an import is a batch of thousands with the look-ups fetched once. Rows are staged
/// by <see cref="Apply"/>; <see cref="SaveAsync"/> writes them, their one audit entry, the office's version and the
/// duplicate flags in one transaction, and then tells open screens. Nothing is written before that.
/// </summary>
public sealed partial class StaffWriter
{
    private const int ChunkSize = 500;

    private readonly ElectionDbContext _db;
    private readonly Office _office;
    private readonly IReadOnlyDictionary<string, int> _units;
    private readonly StaffWriterContext _context;
    private readonly Dictionary<string, Employee> _byEpic = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Employee> _byMobile = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Employee> _byId = [];
    private readonly HashSet<Employee> _touched = [];
    private readonly List<StagedRow> _staged = [];

    private StaffWriter(ElectionDbContext db, Office office, IReadOnlyDictionary<string, int> units, StaffWriterContext context)
    {
        _db = db;
        _office = office;
        _units = units;
        _context = context;
    }

    public Office Office => _office;

    /// <summary>Why nothing may be written to this office now, or null.</summary>
    public string? LockedReason => _office.LockedReason;

    public static async Task<StaffWriter?> OpenAsync(ElectionDbContext db, int officeId, StaffWriterContext context, IReadOnlyDictionary<string, int> units, CancellationToken ct)
    {
        var office = await OfficeById.GetValue(db.Model, _ => EF.CompileAsyncQuery((ElectionDbContext c, int id, CancellationToken token) =>
            c.Offices.AsNoTracking().FirstOrDefault(o => o.Id == id)))(db, officeId, ct);
        return office is null ? null : new StaffWriter(db, office, units, context);
    }

    // Compiled once per model (EF refuses a compiled query on another model: SQLite's and PostgreSQL's differ): every grid
    // save runs these, and EF's per-query translation and cache look-up cost more than the queries themselves.
    private static readonly ConditionalWeakTable<IModel, Func<ElectionDbContext, int, CancellationToken, Task<Office?>>> OfficeById = new();
    private static readonly ConditionalWeakTable<IModel, Func<ElectionDbContext, string, string, int, IAsyncEnumerable<Employee>>> HoldersOfOneRow = new();

    /// <summary>Fetches, in a few queries, every stored person the rows could collide with.</summary>
    public async Task PrefetchAsync(IReadOnlyCollection<EmployeeInput> inputs, CancellationToken ct)
    {
        var epics = inputs.Select(i => FieldParsers.Epic(i.Epic)).OfType<string>().Distinct().ToList();
        var mobiles = inputs.Select(i => FieldParsers.Mobile(i.Mobile)).OfType<string>().Distinct().ToList();
        var ids = inputs.Where(i => i.Id != 0).Select(i => i.Id).Distinct().ToList();
        if (inputs.Count == 1)
        {
            // A grid save: one query. No stored row has an empty EPIC or mobile or the id 0, so those match nobody.
            var query = HoldersOfOneRow.GetValue(_db.Model, _ => EF.CompileAsyncQuery((ElectionDbContext db, string epic, string mobile, int id) =>
                db.Employees.AsNoTracking().Include(e => e.Office).Where(e => e.Epic == epic || e.Mobile == mobile || e.Id == id)));
            var holders = query(_db, epics.SingleOrDefault() ?? "", mobiles.SingleOrDefault() ?? "", ids.SingleOrDefault());
            Remember(await holders.ToListAsync(ct));
            return;
        }
        var stored = _db.Employees.AsNoTracking().Include(e => e.Office);
        foreach (var chunk in epics.Chunk(ChunkSize))
        {
            Remember(await stored.Where(e => chunk.Contains(e.Epic)).ToListAsync(ct));
        }
        foreach (var chunk in mobiles.Chunk(ChunkSize))
        {
            Remember(await stored.Where(e => chunk.Contains(e.Mobile)).ToListAsync(ct));
        }
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            Remember(await stored.Where(e => chunk.Contains(e.Id)).ToListAsync(ct));
        }
    }

    private void Remember(IEnumerable<Employee> employees)
    {
        foreach (var e in employees)
        {
            _byEpic.TryAdd(e.Epic, e);
            _byMobile.TryAdd(e.Mobile, e);
            _byId.TryAdd(e.Id, e);
        }
    }

    /// <summary>
    /// Validates and stages one row; every problem with it (format and duplicates) is reported at once. With
    /// matchByEpic (imports), a row whose EPIC is already on this office's list updates that person, so
    /// re-importing a file creates no duplicates. <paramref name="tag"/> comes back with the row's final outcome.
    /// </summary>
    public RowOutcome Apply(EmployeeInput input, bool matchByEpic, int tag = 0)
    {
        if (LockedReason is { } locked)
        {
            return RowOutcome.Rejected("", locked);
        }
        var validation = EmployeeValidator.Validate(input, _units, _context.Today, _context.SuperannuationAge);
        var errors = validation.Errors.ToList();
        var epic = validation.Value?.Epic ?? FieldParsers.Epic(input.Epic);
        var mobile = validation.Value?.Mobile ?? FieldParsers.Mobile(input.Mobile);
        Employee? target = null;
        if (input.Id != 0)
        {
            if (!_byId.TryGetValue(input.Id, out target) || target.OfficeId != _office.Id)
            {
                return RowOutcome.Rejected("", UiText.Of("This person is no longer on the office's list (deleted meanwhile?). Reload the page."));
            }
        }
        else if (matchByEpic && epic is not null && _byEpic.TryGetValue(epic, out var sameEpic) && sameEpic.OfficeId == _office.Id && sameEpic.Id != 0)
        {
            target = sameEpic;
        }
        if (target is not null && input.Id == 0 && _touched.Contains(target))
        {
            return RowOutcome.Rejected("EPIC", UiText.Format("EPIC {0} appears twice in this file; the earlier row is kept.", epic));
        }
        if (epic is not null && Conflict(_byEpic, epic, target) is { } epicHolder)
        {
            errors.Add(new FieldError("EPIC", Held(UiText.Format("EPIC {0}", epic), epicHolder)));
        }
        // The same person by EPIC and mobile is one problem, reported once.
        if (mobile is not null && Conflict(_byMobile, mobile, target) is { } mobileHolder && (epic is null || Conflict(_byEpic, epic, target) != mobileHolder))
        {
            errors.Add(new FieldError("Mobile", Held(UiText.Format("Mobile {0}", mobile), mobileHolder))); // English: the column's key, a data format
        }
        if (errors.Count > 0 || validation.Value is not { } row)
        {
            return RowOutcome.Rejected(errors);
        }
        return target is null ? Create(row, tag) : Update(target, row, tag);
    }

    private string Held(string what, Employee holder) => HeldElsewhere.Message(what, holder, _office.Id, _context.SeesWholeDistrict);

    private static Employee? Conflict(Dictionary<string, Employee> index, string key, Employee? target) =>
        index.TryGetValue(key, out var holder) && !ReferenceEquals(holder, target) ? holder : null;

    private RowOutcome Create(ValidEmployee row, int tag)
    {
        var employee = row.NewEmployee(_office, _context.Clock.UtcNow);
        employee.Office = _office;
        Index(employee, null, null);
        _staged.Add(new StagedRow(tag, employee, null, row));
        return new RowOutcome(SaveKind.Created, 0, []);
    }

    private RowOutcome Update(Employee employee, ValidEmployee row, int tag)
    {
        var before = ValidEmployee.From(employee);
        _touched.Add(employee);
        if (before == row)
        {
            return new RowOutcome(SaveKind.Unchanged, employee.Id, []);
        }
        var (oldEpic, oldMobile) = (employee.Epic, employee.Mobile);
        row.ApplyTo(employee);
        employee.UpdatedAt = _context.Clock.UtcNow;
        Index(employee, oldEpic, oldMobile);
        _staged.Add(new StagedRow(tag, employee, before, row));
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
}
