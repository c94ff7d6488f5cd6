namespace ElectionTool.Cli;

public sealed class SeedDemoCommand : ICliCommand
{
    public string Name => "seed-demo";
    public string Usage => "seed-demo [--offices N] [--reset]";
    public string Summary => "Creates a demo district (departments, offices, ACs, wards, stations, an election, demo accounts).";

    public Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct) => Task.FromResult(0);
}
