using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Masters.Import;
using ElectionTool.Features.Masters.LocalBodies;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Masters;

public sealed class LocalBodyServiceTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync() => _h = await ServiceHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    private Task<ImportReport> ImportBodiesAsync(string csv) => _h.Get<MasterImporter>().ImportAsync(_h.Get<LocalBodyService>(), Csv(csv), default);

    private Task<ImportReport> ImportWardsAsync(string csv) => _h.Get<MasterImporter>().ImportAsync(_h.Get<WardService>(), Csv(csv), default);

    [Fact]
    public async Task Local_body_import_reads_the_kind_in_words_and_reports_an_unknown_kind_by_line()
    {
        var report = await ImportBodiesAsync("Code,Name,Kind\nBPL-NN,Nagar Nigam Bhopal,Nagar Nigam\nBRS-NP,Berasia,nagar-palika\nXX,Somewhere,Zila Parishad\n");

        Assert.Equal(2, report.Created);
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal((4, "Kind"), (rejected.Line, rejected.Column));
        Assert.Contains("'Zila Parishad'", rejected.Reason);
        await using var db = _h.Db();
        Assert.Equal(LocalBodyKind.NagarPalika, (await db.LocalBodies.SingleAsync(b => b.Code == "BRS-NP")).Kind);
    }

    [Fact]
    public async Task Ward_import_makes_codes_from_the_local_body_and_refuses_an_unknown_local_body()
    {
        await ImportBodiesAsync("Code,Name,Kind\nBPL-NN,Nagar Nigam Bhopal,Nagar Nigam\n");

        var report = await ImportWardsAsync("LocalBodyCode,Number,Name\nbpl-nn,7,Shahjahanabad\nNOPE,1,Lost ward\nBPL-NN,8,Jahangirabad\n");

        Assert.Equal(2, report.Created);
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal((3, "LocalBodyCode"), (rejected.Line, rejected.Column));
        Assert.Equal("No local body with code 'NOPE'. Add it under Local bodies first.", rejected.Reason);
        var wards = await _h.Get<WardService>().ListAsync("BPL-NN", default);
        Assert.Equal(["BPL-NN-W07", "BPL-NN-W08"], wards.Select(w => w.Code));
    }

    [Fact]
    public async Task Reimporting_the_same_wards_changes_nothing()
    {
        await ImportBodiesAsync("Code,Name,Kind\nBPL-NN,Nagar Nigam Bhopal,Nagar Nigam\n");
        const string wards = "LocalBodyCode,Number,Name\nBPL-NN,1,Ward One\nBPL-NN,2,Ward Two\n";
        await ImportWardsAsync(wards);

        var again = await ImportWardsAsync(wards);
        var bodiesAgain = await ImportBodiesAsync("Code,Name,Kind\nBPL-NN,Nagar Nigam Bhopal,Nagar Nigam\n");

        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(1, bodiesAgain.Unchanged);
    }

    [Fact]
    public async Task A_local_body_cannot_be_deleted_while_it_has_wards()
    {
        await ImportBodiesAsync("Code,Name,Kind\nBPL-NN,Nagar Nigam Bhopal,Nagar Nigam\nBRS-NP,Berasia,Nagar Palika\n");
        await ImportWardsAsync("LocalBodyCode,Number,Name\nBPL-NN,1,Ward One\nBPL-NN,2,Ward Two\n");
        var service = _h.Get<LocalBodyService>();

        Assert.Equal("Local body BPL-NN has 2 ward(s); delete them first.", await service.DeleteAsync("BPL-NN", default));
        Assert.Null(await service.DeleteAsync("BRS-NP", default));
    }

    [Fact]
    public async Task A_ward_cannot_be_deleted_while_a_station_or_office_is_in_it()
    {
        await ImportBodiesAsync("Code,Name,Kind\nBPL-NN,Nagar Nigam Bhopal,Nagar Nigam\n");
        await ImportWardsAsync("LocalBodyCode,Number,Name\nBPL-NN,1,Ward One\nBPL-NN,2,Ward Two\n");
        await _h.StationAsync("BPL-NN-W01", 1);
        var service = _h.Get<WardService>();

        Assert.Equal("BPL-NN-W01 is used by 1 polling station(s); move or delete them first.", await service.DeleteAsync("BPL-NN-W01", default));
        Assert.Null(await service.DeleteAsync("BPL-NN-W02", default));
        await using var db = _h.Db();
        Assert.Equal(["BPL-NN-W01"], await db.ConstituencyUnits.Select(u => u.Code).ToListAsync());
    }
}
