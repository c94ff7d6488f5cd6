using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Masters.Import;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Masters.Departments;

public sealed class DepartmentService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
    : IMasterCsvFormat<DepartmentInput>
{
    public async Task<PageResult<DepartmentRow>> ListAsync(PageRequest request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Departments.AsNoTracking();
        if (request.SearchTerm is { } term)
        {
            var pattern = SearchPattern.Contains(term);
            query = query.Where(d => EF.Functions.Like(d.Code.ToLower(), pattern, SearchPattern.Escape) || EF.Functions.Like(d.Name.ToLower(), pattern, SearchPattern.Escape));
        }
        return await query.ToPageAsync(request, new Dictionary<string, System.Linq.Expressions.Expression<Func<Department, object?>>>
        {
            ["Code"] = d => d.Code,
            ["Name"] = d => d.Name,
            ["Category"] = d => d.Category,
            ["Offices"] = d => d.Offices.Count,
        }, d => new DepartmentRow(d.Id, d.Code, d.Name, d.Category, d.Offices.Count), ct);
    }

    public async Task<IReadOnlyList<DepartmentRow>> AllAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Departments.AsNoTracking().OrderBy(d => d.Name)
            .Select(d => new DepartmentRow(d.Id, d.Code, d.Name, d.Category, 0)).ToListAsync(ct);
    }

    public async Task<DepartmentInput?> GetAsync(string code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Departments.AsNoTracking().Where(d => d.Code == code)
            .Select(d => new DepartmentInput { Code = d.Code, Name = d.Name, Category = d.Category }).FirstOrDefaultAsync(ct);
    }

    public Task<SaveOutcome> SaveAsync(DepartmentInput input, CancellationToken ct) => MasterSave.SaveAsync(this, dbFactory, currentUser, input, ct);

    /// <summary>Refused, with the reason, while offices belong to the department.</summary>
    public async Task<string?> DeleteAsync(string code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Code == code, ct);
        if (department is null)
        {
            return UiText.Format("Department {0} no longer exists.", code);
        }
        var offices = await db.Offices.CountAsync(o => o.DepartmentId == department.Id, ct);
        if (offices > 0)
        {
            return UiText.Format("Department {0} has {1} office(s); move or delete them first.", code, offices);
        }
        if (await db.NodalDepartments.AnyAsync(n => n.DepartmentId == department.Id, ct))
        {
            return UiText.Format("Department {0} is watched by a nodal officer; change that account first.", code);
        }
        Upsert.Delete(db, department, Snapshot, await currentUser.GetNameAsync(), "Department", code);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public string Title => UiText.Of("Departments");
    public string FileName => "departments.csv";
    public IReadOnlyList<string> Headings { get; } = ["Code", "Name", "Category"]; // English: CSV column headings, read back by the importer
    public IReadOnlyList<string> ExampleRow { get; } = ["REV", "Revenue Department / राजस्व विभाग", "State Govt"]; // English: the template's example row, data as the importer reads it

    // English: CSV column names, a data format (messages inside go through UiText)
    public DepartmentInput Read(CsvRecord record, List<FieldError> errors)
    {
        var input = new DepartmentInput { Code = record.Get("Code"), Name = record.Get("Name") };
        if (EnumText.TryParse<DepartmentCategory>(record.Get("Category"), out var category))
        {
            input.Category = category;
        }
        else
        {
            errors.Add(new FieldError("Category", UiText.Format("'{0}' is not one of: {1}.", record.Get("Category"), EnumText.Choices<DepartmentCategory>())));
        }
        return input;
    }

    public async Task<SaveOutcome> UpsertAsync(ElectionDbContext db, DepartmentInput input, string actor, CancellationToken ct)
    {
        var code = MasterPatterns.NormalizeCode(input.Code);
        var existing = await db.Departments.FirstOrDefaultAsync(d => d.Code == code, ct);
        return Upsert.Apply(db, existing, () => new Department { Code = code, Name = "" }, d =>
        {
            d.Name = input.Name.Trim();
            d.Category = input.Category;
        }, Snapshot, actor, "Department", code); // English: the audit log's entity type, stored and read in English
    }

    private static DepartmentSnapshot Snapshot(Department d) => new(d.Code, d.Name, d.Category);
}
