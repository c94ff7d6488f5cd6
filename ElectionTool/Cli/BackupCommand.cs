using ElectionTool.Features.Backup;

namespace ElectionTool.Cli;

public sealed class BackupCommand : ICliCommand
{
    public string Name => "backup";
    public string Usage => "backup --out FILE";
    public string Summary => "Copies the live SQLite database to FILE (online backup: safe while the app runs).";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        var output = args.Require("out");
        var result = await services.GetRequiredService<BackupService>().BackupAsync(output, ct);
        Console.WriteLine($"Backed up to {result.Path} ({result.Bytes:N0} bytes, {result.Tables} tables) in {result.Elapsed.TotalMilliseconds:N0} ms");
        return 0;
    }
}
