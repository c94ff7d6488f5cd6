namespace ElectionTool.Cli;

/// <summary>
/// `dotnet run --project ElectionTool -- COMMAND ...`: the IT cell's scripted operations. Each command is a
/// thin wrapper over the same feature services the pages use.
/// </summary>
public static class CommandLine
{
    private static readonly ICliCommand[] Commands =
    [
        new SeedDemoCommand(),
        new UsersCommand(),
        new BackupCommand(),
        new RestoreCommand(),
        new ImportCommand(),
        new ExportCommand(),
        new FinalizeCommand(),
        new BenchImportCommand(),
        new BenchSaversCommand(),
        new DrawCommand(),
        new BenchDashboardCommand(),
        new IntegrationsCommand(),
        new CheckCountsCommand(),
        new MigrateToCommand(),
        new BenchPostgresStateCommand(),
    ];

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (args[0] is "--help" or "-h" or "help" || Commands.Any(c => c.Name == args[0]));

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            PrintHelp();
            return 0;
        }
        var rest = new CliArgs(args.Skip(1));
        if (rest.Has("help"))
        {
            Console.WriteLine($"usage: {command.Usage}\n  {command.Summary}");
            return 0;
        }
        services.GetRequiredService<Features.Auditing.CurrentUser>().ActAs("cli", seesWholeDistrict: true);
        try
        {
            return await command.RunAsync(services, rest, CancellationToken.None);
        }
        catch (CliUsageException e)
        {
            Console.Error.WriteLine($"{command.Name}: {e.Message}");
            Console.Error.WriteLine($"usage: {command.Usage}");
            return 2;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Refusals and file problems are the operator's to fix: say what is wrong, without a stack trace.
            Console.Error.WriteLine($"{command.Name}: {e.Message}");
            return 1;
        }
    }

    private static void PrintHelp()
    {
        Console.WriteLine("ElectionTool — polling personnel management");
        Console.WriteLine("usage: dotnet run --project ElectionTool -- COMMAND [options]");
        Console.WriteLine("       (with no command, serves the web app)\n");
        Console.WriteLine("commands:");
        foreach (var c in Commands)
        {
            Console.WriteLine($"  {c.Usage}");
            Console.WriteLine($"      {c.Summary}");
        }
    }
}

public interface ICliCommand
{
    string Name { get; }
    string Usage { get; }
    string Summary { get; }
    Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct);
}
