using ElectionTool.Features.Auditing;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Finalization;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.OfficeStaff;

/// <summary>An office with AC-201 to register voters in, and helpers to fill and finalize its list.</summary>
public static class OfficeStaffSeed
{
    public static async Task<int> OfficeAsync(this ServiceHarness h, string code = "REV-001")
    {
        await h.DepartmentAsync("REV", "Revenue");
        await h.AcAsync(201, "Bhopal Uttar");
        return await h.OfficeAsync(code, "REV", "AC-201");
    }

    /// <summary>Saves the given number of valid men and declares exactly that strength.</summary>
    public static async Task<List<int>> FillAsync(this ServiceHarness h, int officeId, int men)
    {
        var ids = new List<int>();
        int first;
        await using (var db = h.Db())
        {
            // Numbered after the people already in this test's database, so every run and order gives the same people.
            first = await db.Employees.CountAsync() + 1;
        }
        for (var i = 0; i < men; i++)
        {
            var outcome = await h.Get<EmployeeService>().SaveRowAsync(officeId, EmployeeBuilder.Valid(first + i), default);
            Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors));
            ids.Add(outcome.EmployeeId);
        }
        Assert.Null(await h.Get<FinalizationService>().SetDeclaredStrengthAsync(officeId, new DeclaredStrengthInput { Total = men, Male = men }, default));
        return ids;
    }

    /// <summary>A fresh scope acting as another person: a second browser tab, the Admin, the command line.</summary>
    public static AsyncServiceScope NewScope(this ServiceHarness h, string actor)
    {
        var scope = h.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(actor);
        return scope;
    }
}
