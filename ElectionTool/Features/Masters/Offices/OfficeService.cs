using System.Linq.Expressions;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Masters.Import;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Masters.Offices;

public sealed class OfficeService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
    : IMasterCsvFormat<OfficeInput>
{
    private static readonly Dictionary<string, Expression<Func<Office, object?>>> SortColumns = new()
    {
        ["Code"] = o => o.Code,
        ["Name"] = o => o.Name,
        ["DepartmentCode"] = o => o.Department!.Code,
        ["Block"] = o => o.Block,
        ["UnitCode"] = o => o.ConstituencyUnit!.Code,
        ["DeclaredTotal"] = o => o.DeclaredTotal,
        ["ListState"] = o => o.ListState,
    };

    public async Task<PageResult<OfficeRow>> ListAsync(PageRequest request, string? departmentCode, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Offices.AsNoTracking();
        if (!string.IsNullOrEmpty(departmentCode))
        {
            query = query.Where(o => o.Department!.Code == departmentCode);
        }
        if (request.SearchTerm is { } term)
        {
            var pattern = SearchPattern.Contains(term);
            query = query.Where(o => EF.Functions.Like(o.Code.ToLower(), pattern, SearchPattern.Escape) || EF.Functions.Like(o.Name.ToLower(), pattern, SearchPattern.Escape));
        }
        return await query.ToPageAsync(request, SortColumns, o => new OfficeRow(o.Id, o.Code, o.Name, o.Department!.Code, o.Department.Name,
            o.Block, o.ConstituencyUnit == null ? null : o.ConstituencyUnit.Code, o.DeclaredTotal, o.ListState), ct);
    }

    public async Task<OfficeInput?> GetAsync(string code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Offices.AsNoTracking().Where(o => o.Code == code).Select(o => new OfficeInput
        {
            Code = o.Code,
            Name = o.Name,
            DepartmentCode = o.Department!.Code,
            HeadDesignation = o.HeadDesignation,
            Address = o.Address,
            Pin = o.Pin,
            Block = o.Block,
            UnitCode = o.ConstituencyUnit == null ? null : o.ConstituencyUnit.Code,
            Phone = o.Phone,
            Email = o.Email,
            HeadMobile = o.HeadMobile,
            DeclaredTotal = o.DeclaredTotal,
            DeclaredMale = o.DeclaredMale,
            DeclaredFemale = o.DeclaredFemale,
        }).FirstOrDefaultAsync(ct);
    }

    public Task<SaveOutcome> SaveAsync(OfficeInput input, CancellationToken ct) => MasterSave.SaveAsync(this, dbFactory, currentUser, input, ct);

    /// <summary>Refused, with the reason, while an operator account works for the office.</summary>
    public async Task<string?> DeleteAsync(string code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var office = await db.Offices.FirstOrDefaultAsync(o => o.Code == code, ct);
        if (office is null)
        {
            return UiText.Format("Office {0} no longer exists.", code);
        }
        var operators = await db.Users.Where(u => u.OfficeId == office.Id).Select(u => u.UserName).ToListAsync(ct);
        if (operators.Count > 0)
        {
            return UiText.Format("Office {0} has operator account(s) {1}; delete them or move them to another office first.", code, string.Join(", ", operators));
        }
        var staff = await db.Employees.CountAsync(e => e.OfficeId == office.Id, ct);
        if (staff > 0)
        {
            return UiText.Format("Office {0} has {1} employee(s) on its staff list; delete or move them first.", code, staff);
        }
        Upsert.Delete(db, office, Snapshot, await currentUser.GetNameAsync(), "Office", code);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public string Title => UiText.Of("Offices");
    public string FileName => "offices.csv";

    public IReadOnlyList<string> Headings { get; } =
    [
        "Code", "Name", "DepartmentCode", "HeadDesignation", "Address", "Pin", "Block", "UnitCode",
        "Phone", "Email", "HeadMobile", "DeclaredTotal", "DeclaredMale", "DeclaredFemale",
    ]; // English: CSV column headings, read back by the importer

    public IReadOnlyList<string> ExampleRow { get; } =
    [
        "REV-001", "Collectorate, Bhopal / कलेक्टोरेट, भोपाल", "REV", "Collector", "Old Secretariat, Bhopal", "462001", "Huzur", "AC-071",
        "0755-2540000", "collector@example.gov.in", "9425000000", "120", "80", "40",
    ]; // English: the template's example row, data as the importer reads it

    // English: CSV column names, a data format (messages inside go through UiText)
    public OfficeInput Read(CsvRecord record, List<FieldError> errors) => new()
    {
        Code = record.Get("Code"),
        Name = record.Get("Name"),
        DepartmentCode = record.Get("DepartmentCode"),
        HeadDesignation = record.Get("HeadDesignation"),
        Address = record.Get("Address"),
        Pin = record.Get("Pin"),
        Block = record.Get("Block"),
        UnitCode = record.GetOptional("UnitCode"),
        Phone = record.Get("Phone"),
        Email = record.Get("Email"),
        HeadMobile = record.Get("HeadMobile"),
        DeclaredTotal = record.GetInt("DeclaredTotal", errors),
        DeclaredMale = record.GetInt("DeclaredMale", errors),
        DeclaredFemale = record.GetInt("DeclaredFemale", errors),
    };

    public async Task<SaveOutcome> UpsertAsync(ElectionDbContext db, OfficeInput input, string actor, CancellationToken ct)
    {
        var code = MasterPatterns.NormalizeCode(input.Code);
        var departmentCode = MasterPatterns.NormalizeCode(input.DepartmentCode);
        var departmentId = await db.Departments.Where(d => d.Code == departmentCode).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        var errors = new List<FieldError>();
        if (departmentId is null)
        {
            errors.Add(new FieldError(nameof(OfficeInput.DepartmentCode), UiText.Format("No department with code '{0}'. Add it under Departments first.", input.DepartmentCode)));
        }
        int? unitId = null;
        if (!string.IsNullOrWhiteSpace(input.UnitCode))
        {
            var unitCode = MasterPatterns.NormalizeCode(input.UnitCode);
            unitId = await db.ConstituencyUnits.Where(u => u.Code == unitCode).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
            if (unitId is null)
            {
                errors.Add(new FieldError(nameof(OfficeInput.UnitCode), UiText.Format("No constituency unit with code '{0}' (an AC code like AC-071 or a ward code).", input.UnitCode)));
            }
        }
        if (errors.Count > 0)
        {
            return SaveOutcome.Rejected(errors);
        }
        var existing = await db.Offices.FirstOrDefaultAsync(o => o.Code == code, ct);
        return Upsert.Apply(db, existing, () => new Office { Code = code, Name = "" }, o =>
        {
            o.Name = input.Name.Trim();
            o.DepartmentId = departmentId!.Value;
            o.HeadDesignation = input.HeadDesignation.Trim();
            o.Address = input.Address.Trim();
            o.Pin = input.Pin.Trim();
            o.Block = input.Block.Trim();
            o.ConstituencyUnitId = unitId;
            o.Phone = input.Phone.Trim();
            o.Email = input.Email.Trim();
            o.HeadMobile = MasterPatterns.NormalizeMobile(input.HeadMobile);
            o.DeclaredTotal = input.DeclaredTotal;
            o.DeclaredMale = input.DeclaredMale;
            o.DeclaredFemale = input.DeclaredFemale;
        }, Snapshot, actor, "Office", code); // English: the audit log's entity type, stored and read in English
    }

    private static OfficeSnapshot Snapshot(Office o) => new(o.Code, o.Name, o.DepartmentId, o.HeadDesignation, o.Address, o.Pin, o.Block,
        o.ConstituencyUnitId, o.Phone, o.Email, o.HeadMobile, o.DeclaredTotal, o.DeclaredMale, o.DeclaredFemale);
}
