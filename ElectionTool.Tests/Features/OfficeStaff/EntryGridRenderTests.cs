using Bunit;
using ElectionTool.Features.Employees;
using ElectionTool.Features.OfficeStaff;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.OfficeStaff;

/// <summary>The bulk-entry grid and the editor show the validator's message on the cell it is about.</summary>
public sealed class EntryGridRenderTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private BunitContext _ctx = default!;
    private int _office;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        _office = await _h.OfficeAsync();
        _ctx = ComponentContext.Over(_h.Services);
    }

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        await _h.DisposeAsync();
    }

    private static int Col(string key) => EmployeeColumns.All.ToList().FindIndex(c => c.Key == key);

    private static void Type(IRenderedComponent<EntryGrid> grid, int row, EmployeeInput input)
    {
        foreach (var column in EmployeeColumns.All.Where(c => c.Get(input).Length > 0))
        {
            grid.Find($"input[data-row='{row}'][data-col='{Col(column.Key)}']").Input(column.Get(input));
        }
    }

    private static void PressEnter(IRenderedComponent<EntryGrid> grid, int row) =>
        grid.Find($"input[data-row='{row}'][data-col='0']").KeyDown(new KeyboardEventArgs { Key = "Enter" });

    [Fact]
    public void An_invalid_cell_shows_its_message_and_the_row_stays_until_corrected()
    {
        var saved = 0;
        var grid = _ctx.Render<EntryGrid>(p => p.Add(g => g.OfficeId, _office).Add(g => g.OnSaved, n => saved += n));
        var person = new EmployeeBuilder(1).With("Mobile", "12345").Build();

        Type(grid, 0, person);
        PressEnter(grid, 0);

        grid.WaitForAssertion(() => Assert.Contains("not a 10-digit Indian mobile", grid.Find("[data-testid=error-Mobile]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Contains("invalid", grid.Find($"input[data-row='0'][data-col='{Col("Mobile")}']").ParentElement!.ClassName);
        Assert.Empty(grid.FindAll("[data-testid=error-Name]"));

        grid.Find($"input[data-row='0'][data-col='{Col("Mobile")}']").Input("+91 98765 43210");
        PressEnter(grid, 0);

        grid.WaitForAssertion(() => Assert.Equal(1, saved), TimeSpan.FromSeconds(5));
        Assert.Single(grid.FindAll("[data-testid=entry-row]"));
        Assert.Empty(grid.FindAll("[data-testid^=error-]"));
    }

    [Fact]
    public async Task Pasted_spreadsheet_rows_with_a_heading_line_become_entry_rows_and_save_all_saves_them()
    {
        var grid = _ctx.Render<EntryGrid>(p => p.Add(g => g.OfficeId, _office));
        var first = new EmployeeBuilder(1).Named("सीता देवी", "राम प्रसाद").Female().Build();
        var second = EmployeeBuilder.Valid(2);
        var heading = string.Join('\t', EmployeeColumns.All.Select(c => c.TemplateHeading));

        await grid.InvokeAsync(() => grid.Instance.PasteRowsAsync(0, 3, $"{heading}\r\n{EmployeeBuilder.TabLine(first)}\r\n{EmployeeBuilder.TabLine(second)}\r\n"));

        Assert.Equal(3, grid.FindAll("[data-testid=entry-row]").Count);
        Assert.Equal("सीता देवी", grid.Find($"input[data-row='0'][data-col='0']").GetAttribute("value"));
        await grid.InvokeAsync(() => grid.Find("[data-testid=save-all]").Click());
        grid.WaitForAssertion(() => Assert.Single(grid.FindAll("[data-testid=entry-row]")), TimeSpan.FromSeconds(10));
        await using var db = _h.Db();
        Assert.Equal(2, await db.Employees.CountAsync(e => e.OfficeId == _office && (e.Name == "सीता देवी" || e.Epic == second.Epic)));
    }

    [Fact]
    public void The_editor_shows_each_message_under_its_field()
    {
        var outcome = RowOutcome.Rejected([new("EPIC", "EPIC ABC1234567 is already entered by Office X (X-1)."), new("PayLevel", "'19' is not a pay level 1–18.")]);

        var fields = _ctx.Render<EmployeeFields>(p => p.Add(f => f.Input, EmployeeBuilder.Valid(1)).Add(f => f.Outcome, outcome));

        Assert.Contains("already entered by Office X (X-1)", fields.Find("[data-testid=field-EPIC]").TextContent);
        Assert.Contains("not a pay level 1–18", fields.Find("[data-testid=field-PayLevel]").TextContent);
        Assert.DoesNotContain("already entered", fields.Find("[data-testid=field-Name]").TextContent);
    }

    [Fact]
    public async Task A_finalized_office_shows_the_admin_reopen_and_no_entry_grid_or_row_actions()
    {
        await _h.FillAsync(_office, 2);
        Assert.True((await _h.Get<ElectionTool.Features.Finalization.FinalizationService>().FinalizeAsync(_office, true, default)).Succeeded);
        _ctx.Render<MudBlazor.MudPopoverProvider>();

        var screen = _ctx.Render<OfficeStaffScreen>(p => p.Add(s => s.OfficeId, _office).Add(s => s.IsAdmin, true));

        screen.WaitForAssertion(() => Assert.Equal(2, screen.FindAll("[data-testid=staff-grid] tbody tr").Count), TimeSpan.FromSeconds(5));
        Assert.Contains("Finalized", screen.Find("[data-testid=list-state]").TextContent);
        Assert.NotNull(screen.Find("[data-testid=reopen]"));
        Assert.Empty(screen.FindAll("[data-testid=entry]"));
        Assert.Empty(screen.FindAll("[data-testid=finalize]"));
        Assert.Empty(screen.FindAll("[data-testid=edit]"));
        Assert.Empty(screen.FindAll("[data-testid=import-staff]"));
    }

    [Fact]
    public void Pasted_cells_without_headings_fill_columns_from_the_cell_pasted_into()
    {
        var rows = EntryPaste.Parse("M\t15-08-1980\t9876543210\nF\t01-01-1990\t9876543211", EmployeeColumns.All.ToList().FindIndex(c => c.Key == "Gender"));

        Assert.Equal(2, rows.Count);
        Assert.Equal(("F", "01-01-1990", "9876543211"), (rows[1].Gender, rows[1].DateOfBirth, rows[1].Mobile));
        Assert.Equal("", rows[0].Name);
    }
}
