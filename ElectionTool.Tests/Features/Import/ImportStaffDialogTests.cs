using Bunit;
using ElectionTool.Features.Import;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using static ElectionTool.Tests.Builders.EmployeeBuilder;
using static ElectionTool.Tests.Builders.StaffFiles;

namespace ElectionTool.Tests.Features.Import;

/// <summary>The dialog the office page opens: a file goes in, the summary and the rejected rows come out.</summary>
public sealed class ImportStaffDialogTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private BunitContext _ctx = default!;
    private StaffDistrict _district = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        _district = await _h.StaffDistrictAsync();
        _ctx = ComponentContext.Over(_h.Services);
        _ctx.AddAuthorization().SetAuthorized(ServiceHarness.Actor);
    }

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        await _h.DisposeAsync();
    }

    [Fact]
    public async Task Importing_a_file_with_a_bad_row_shows_the_summary_the_problem_and_a_download_of_the_rejected_rows()
    {
        _ctx.Render<MudPopoverProvider>();
        var dialogs = _ctx.Render<MudDialogProvider>();
        var service = _ctx.Services.GetRequiredService<IDialogService>();
        await dialogs.InvokeAsync(() => service.ShowAsync<ImportStaffDialog>("Import staff",
            new DialogParameters<ImportStaffDialog> { { d => d.OfficeId, _district.OfficeA } }));
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("[data-testid=template-xlsx]")));
        Assert.Equal(StaffImportEndpoints.TemplateCsvUrl, dialogs.Find("[data-testid=template-csv]").GetAttribute("href"));

        var bytes = Csv([Person(1), Person(2).With(p => p.Epic = "12")]);
        dialogs.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(bytes, "staff.csv"));

        dialogs.WaitForAssertion(() => Assert.Contains("2 rows read: 1 imported", dialogs.Find("[data-testid=import-summary]").TextContent), TimeSpan.FromSeconds(10));
        Assert.Contains("EPIC", dialogs.Find("[data-testid=import-rejected]").TextContent);
        var href = dialogs.Find("[data-testid=download-rejected]").GetAttribute("href")!;
        var id = href.Split('/')[^1].Replace(".csv", "", StringComparison.Ordinal);
        Assert.NotNull(_h.Get<StaffImportReportStore>().Find(id, ServiceHarness.Actor));
        Assert.Single(await _h.EmployeesAsync(_district.OfficeA));
    }
}
