using ElectionTool.Features.Draw;

namespace ElectionTool.Cli;

/// <summary>
/// `export-parties --out PATH` and `export-allotments --out PATH` (CSV, or .xlsx by extension). The shared
/// `export` command can hand `export parties|allotments` to <see cref="DrawExports.TryRunAsync"/>.
/// </summary>
public sealed class ExportDrawCommand(string kind) : ICliCommand
{
    public string Name => $"export-{kind}";
    public string Usage => $"export-{kind} --out PATH";
    public string Summary => kind == "parties"
        ? "Writes the accepted parties (with replacements): Unit,PartyNumber,Role,EPIC,Name,OfficeCode,Gender,PayLevel,BasicPay,IsReserve."
        : "Writes the accepted station allotment: Unit,PartyNumber,StationNumber,StationName,WomenManaged.";

    public Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct) =>
        DrawExports.WriteFileAsync(services, kind, args.Require("out"), ct);
}
