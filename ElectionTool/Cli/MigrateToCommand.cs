using ElectionTool.Features.DatabaseMove;

namespace ElectionTool.Cli;

/// <summary>`migrate-to --provider PostgreSQL --connection "…"`: the one-time move of a district's SQLite database.</summary>
public sealed class MigrateToCommand : ICliCommand
{
    public string Name => "migrate-to";
    public string Usage => "migrate-to --provider PostgreSQL --connection \"Host=…;Database=…;Username=…;Password=…\"";
    public string Summary => "Copies this SQLite database into an EMPTY PostgreSQL database, then checks row counts and a checksum per table (exit 1 if any differs).";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        var provider = args.Require("provider");
        if (!provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) && !provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException($"--provider {provider} is not supported: the only target is PostgreSQL");
        }
        var report = await services.GetRequiredService<DatabaseMoveService>().MoveToPostgreSqlAsync(args.Require("connection"), Console.WriteLine, ct);
        Console.WriteLine($"{"table",-32} {"rows",10} {"checksum (SHA-256, first 16)",-30} result");
        foreach (var t in report.Tables)
        {
            Console.WriteLine($"{t.Table,-32} {t.TargetRows,10:N0} {t.TargetChecksum[..16],-30} {(t.Same ? "same" : $"DIFFERS: SQLite {t.SourceRows:N0} rows {t.SourceChecksum[..16]}")}");
        }
        if (!report.Verified)
        {
            Console.WriteLine("The copy differs from the SQLite database (see above). Do not switch over; drop the target database and run again.");
            return 1;
        }
        Console.WriteLine($"Moved {report.Tables.Count} tables, {report.Tables.Sum(t => t.TargetRows):N0} rows in {report.Elapsed.TotalSeconds:N1} s; every table's rows and checksum match.");
        Console.WriteLine("Next: set Database:Provider to PostgreSQL and ConnectionStrings:Default to this connection in appsettings.json, then start the app.");
        return 0;
    }
}
