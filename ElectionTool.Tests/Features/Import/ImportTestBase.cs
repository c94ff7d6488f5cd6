using ElectionTool.Features.Import;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Import;

/// <summary>A fresh district with offices OF-A and OF-B, and a way to import bytes into one of them.</summary>
public abstract class ImportTestBase : IAsyncLifetime
{
    protected ServiceHarness H { get; private set; } = default!;
    protected StaffDistrict District { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        H = await ServiceHarness.CreateAsync();
        District = await H.StaffDistrictAsync();
    }

    public async Task DisposeAsync() => await H.DisposeAsync();

    protected Task<StaffImportReport> ImportAsync(byte[] bytes, int? officeId = null, string fileName = "staff.csv") =>
        H.Get<EmployeeImporter>().ImportAsync(officeId ?? District.OfficeA, StaffFiles.Stream(bytes), fileName, default);
}
