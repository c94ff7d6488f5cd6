using ElectionTool.Features.Backup;

namespace ElectionTool.Cli;

public sealed class RestoreCommand : ICliCommand
{
    public string Name => "restore";
    public string Usage => "restore --from FILE";
    public string Summary => "Replaces the live database with a backup (app must be stopped; checks integrity and schema first; keeps the replaced file as DATABASE.replaced-TIMESTAMP).";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        var result = await services.GetRequiredService<RestoreService>().RestoreAsync(args.Require("from"), ct);
        Console.WriteLine($"Restored {result.LivePath} from the backup ({result.Migrations} schema steps).");
        Console.WriteLine($"The database it replaced is kept as {result.ReplacedPath}.");
        if (result.NeedsUpgrade)
        {
            Console.WriteLine("The backup is from an older version: the app brings it up to date when it next starts.");
        }
        return 0;
    }
}
