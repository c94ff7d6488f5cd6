using System.ComponentModel.DataAnnotations;
using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Features.Masters.Departments;
using ElectionTool.Features.Masters.Import;
using ElectionTool.Tests.Features.Language;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Masters;

[Trait("Database", "Both")]
public sealed class DepartmentServiceTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync() => _h = await ServiceHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Import_saves_good_rows_and_reports_bad_ones_by_line()
    {
        var csv = "Code,Name,Category\nREV,Revenue,State Govt\n,No code,Bank\nHLT,Health,Nonsense\nSBI,State Bank of India,Bank\n";
        var report = await _h.Get<MasterImporter>().ImportAsync(_h.Get<DepartmentService>(), Csv(csv), default);

        Assert.Equal(4, report.Read);
        Assert.Equal(2, report.Created);
        Assert.Contains(report.Rejected, r => r.Line == 3 && r.Column == "Code");
        Assert.Contains(report.Rejected, r => r.Line == 4 && r.Column == "Category");
        await using var db = _h.Db();
        Assert.Equal(["REV", "SBI"], await db.Departments.OrderBy(d => d.Code).Select(d => d.Code).ToListAsync());
    }

    [Fact]
    public async Task Reimporting_the_same_file_changes_nothing()
    {
        var csv = "Code,Name,Category\nREV,Revenue,State Govt\nSBI,State Bank of India,Bank\n";
        var importer = _h.Get<MasterImporter>();
        await importer.ImportAsync(_h.Get<DepartmentService>(), Csv(csv), default);
        var again = await importer.ImportAsync(_h.Get<DepartmentService>(), Csv(csv), default);

        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        await using var db = _h.Db();
        Assert.Equal(2, await db.Departments.CountAsync());
    }

    [Fact]
    public async Task A_file_with_wrong_headings_is_refused_and_nothing_saved()
    {
        var report = await _h.Get<MasterImporter>().ImportAsync(_h.Get<DepartmentService>(), Csv("Name,Kind\nRevenue,State\n"), default);

        Assert.True(report.FileRefused);
        Assert.Contains("missing column(s) Code", report.FileError);
        await using var db = _h.Db();
        Assert.Equal(0, await db.Departments.CountAsync());
    }

    [Fact]
    public async Task Delete_is_refused_while_offices_belong_to_the_department()
    {
        var service = _h.Get<DepartmentService>();
        await service.SaveAsync(new DepartmentInput { Code = "REV", Name = "Revenue" }, default);
        await using (var db = _h.Db())
        {
            var dept = await db.Departments.SingleAsync();
            db.Offices.Add(new Office { Code = "REV-001", Name = "Collectorate", DepartmentId = dept.Id });
            await db.SaveChangesAsync();
        }

        var refusal = await service.DeleteAsync("REV", default);

        Assert.Equal("Department REV has 1 office(s); move or delete them first.", refusal);
    }

    [Fact]
    public async Task Saving_records_before_and_after_in_the_audit_log()
    {
        var service = _h.Get<DepartmentService>();
        await service.SaveAsync(new DepartmentInput { Code = "rev", Name = "Revenue" }, default);
        var outcome = await service.SaveAsync(new DepartmentInput { Code = "REV", Name = "Revenue Dept" }, default);

        Assert.Equal(SaveKind.Updated, outcome.Kind);
        await using var db = _h.Db();
        var update = await db.AuditEntries.SingleAsync(a => a.Action == "Update");
        Assert.Equal(ServiceHarness.Actor, update.UserName);
        Assert.Contains("\"Revenue\"", update.Before);
        Assert.Contains("Revenue Dept", update.After);
    }

    [Fact]
    public void The_forms_messages_read_in_the_users_language()
    {
        var input = new DepartmentInput { Code = "R E V", Name = "" };
        var results = new List<ValidationResult>();

        using (InLanguage.Hindi())
        {
            // As the dialog's DataAnnotationsValidator checks it: the attributes read their texts in the circuit's culture.
            Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        }

        Assert.Equal(
            ["कोड: अधिकतम 30 अक्षर, अंक, - _ या /, अक्षर या अंक से शुरू।", "विभाग का नाम दर्ज करें।"],
            results.Select(r => r.ErrorMessage).Order(StringComparer.Ordinal));
    }
}
