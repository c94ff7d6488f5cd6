using System.Text;
using ElectionTool.Cli;
using ElectionTool.Data.Entities;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static ElectionTool.Tests.Builders.EmployeeBuilder;
using static ElectionTool.Tests.Builders.StaffFiles;

namespace ElectionTool.Tests.Features.Import;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console output";
}

/// <summary>The import, export and finalize commands, run as the IT cell runs them; their printed output is read back.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class StaffCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("electiontool-cli-").FullName;
    private ServiceHarness _h = default!;
    private StaffDistrict _district = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        _district = await _h.StaffDistrictAsync();
    }

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private string FileWith(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var captured = new StringWriter();
        Console.SetOut(captured);
        Console.SetError(captured);
        try
        {
            return (await CommandLine.RunAsync(_h.Services, args), captured.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    [Fact]
    public async Task Import_with_rejected_rows_exits_0_prints_the_counts_and_writes_the_report()
    {
        var file = FileWith("staff.csv", Csv([Person(1), Person(2).With(p => p.Ifsc = "XX"), Person(3)]));
        var report = Path.Combine(_folder, "rejected.csv");

        var (exit, output) = await RunAsync("import", "--office", "OF-A", "--file", file, "--report", report);

        Assert.Equal(0, exit);
        Assert.Contains("rows read 3; imported 2 (created 2, updated 0, unchanged 0); rejected 1", output);
        Assert.Contains("row 3, IFSC:", output);
        var text = await File.ReadAllTextAsync(report);
        Assert.Contains("Errors / त्रुटियाँ", text);
        Assert.Contains("IFSC: 'XX' is not an IFSC", text);
        Assert.Equal(2, (await _h.EmployeesAsync(_district.OfficeA)).Count);
    }

    [Fact]
    public async Task Import_of_an_xlsx_file_works_from_the_command_line_too()
    {
        var (exit, output) = await RunAsync("import", "--office", "OF-B", "--file", FileWith("staff.xlsx", Xlsx(People(1, 2))));

        Assert.Equal(0, exit);
        Assert.Contains("rejected 0", output);
        Assert.Equal(2, (await _h.EmployeesAsync(_district.OfficeB)).Count);
    }

    [Fact]
    public async Task Import_exits_1_when_the_file_cannot_be_read_or_the_office_is_unknown_or_finalized()
    {
        var pdf = FileWith("staff.csv", [.. "%PDF-1.4 whatever"u8]);
        Assert.Equal(1, (await RunAsync("import", "--office", "OF-A", "--file", pdf)).Exit);
        Assert.Equal(1, (await RunAsync("import", "--office", "OF-A", "--file", Path.Combine(_folder, "missing.csv"))).Exit);
        var good = FileWith("good.csv", Csv([Person(1)]));
        var (unknownExit, unknownOutput) = await RunAsync("import", "--office", "NOPE", "--file", good);
        Assert.Equal(1, unknownExit);
        Assert.Contains("no office with code 'NOPE'", unknownOutput);

        await SetStateAsync(StaffListState.Finalized);
        var (lockedExit, lockedOutput) = await RunAsync("import", "--office", "OF-A", "--file", good);
        Assert.Equal(1, lockedExit);
        Assert.Contains("finalized and locked", lockedOutput);
        Assert.Equal(2, (await RunAsync("import", "--office", "OF-A")).Exit);
    }

    [Fact]
    public async Task Export_employees_writes_csv_or_xlsx_and_prints_the_row_count()
    {
        await RunAsync("import", "--office", "OF-A", "--file", FileWith("a.csv", Csv(People(1, 3))));
        await RunAsync("import", "--office", "OF-B", "--file", FileWith("b.csv", Csv(People(4, 2))));
        var csv = Path.Combine(_folder, "all.csv");
        var xlsx = Path.Combine(_folder, "b.xlsx");

        var (exit, output) = await RunAsync("export", "employees", "--out", csv);
        var (xlsxExit, xlsxOutput) = await RunAsync("export", "employees", "--out", xlsx, "--office", "OF-B");

        Assert.Equal((0, 0), (exit, xlsxExit));
        Assert.Contains("Exported 5 employee(s)", output);
        Assert.Contains("Exported 2 employee(s) (office OF-B)", xlsxOutput);
        Assert.StartsWith("\uFEFFEPIC,Name,", Encoding.UTF8.GetString(await File.ReadAllBytesAsync(csv)));
        Assert.Equal(2, MiniExcel.Query(xlsx, useHeaderRow: true).Count());
        Assert.Equal(1, (await RunAsync("export", "employees", "--out", csv, "--office", "NOPE")).Exit);
        Assert.Equal(2, (await RunAsync("export", "offices", "--out", csv)).Exit);
    }

    [Fact]
    public async Task Finalize_exits_1_with_the_reason_while_blocked_and_0_once_the_list_accounts_for_the_declared_strength()
    {
        await RunAsync("import", "--office", "OF-A", "--file", FileWith("a.csv", Csv(People(1, 4))));

        var (blockedExit, blockedOutput) = await RunAsync("finalize", "--office", "OF-A");
        Assert.Equal(1, blockedExit);
        Assert.Contains("Declare the office's staff strength", blockedOutput);

        await using (var db = _h.Db())
        {
            await db.Offices.Where(o => o.Id == _district.OfficeA)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.DeclaredTotal, 4).SetProperty(o => o.DeclaredMale, 2).SetProperty(o => o.DeclaredFemale, 2));
        }
        var (exit, output) = await RunAsync("finalize", "--office", "OF-A");

        Assert.Equal(0, exit);
        Assert.Contains("finalized: 4 staff", output);
        Assert.Equal(1, (await RunAsync("finalize", "--office", "OF-A")).Exit);
        Assert.Equal(1, (await RunAsync("finalize", "--office", "NOPE")).Exit);
    }

    private async Task SetStateAsync(StaffListState state)
    {
        await using var db = _h.Db();
        await db.Offices.Where(o => o.Id == _district.OfficeA).ExecuteUpdateAsync(s => s.SetProperty(o => o.ListState, state));
    }
}
