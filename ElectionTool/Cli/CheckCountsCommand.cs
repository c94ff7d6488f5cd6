using ElectionTool.Features.Dashboard;

namespace ElectionTool.Cli;

/// <summary>`check-counts [--repair]`: the dashboard's kept staff counts against a full recount of the employees.</summary>
public sealed class CheckCountsCommand : ICliCommand
{
    public string Name => "check-counts";
    public string Usage => "check-counts [--repair]";
    public string Summary => "Checks that the dashboard's staff counts equal a full recount of the employees (exit 1 if not); --repair recounts them.";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        var check = services.GetRequiredService<StaffCountCheck>();
        var differences = await check.FindDifferencesAsync(ct);
        if (differences.Count == 0)
        {
            Console.WriteLine("Staff counts equal a full recount of the employees.");
            return 0;
        }

        Console.WriteLine($"{differences.Count} staff count(s) differ from a full recount:");
        foreach (var d in differences.Take(50))
        {
            Console.WriteLine($"  department {d.DepartmentId}, {StaffCountCheck.Describe(d.Facts)}: kept {d.Kept}, counted {d.Counted}");
        }

        if (!args.Has("repair"))
        {
            Console.WriteLine("Run check-counts --repair to recount them.");
            return 1;
        }

        await check.RebuildAsync(ct);
        var after = await check.FindDifferencesAsync(ct);
        Console.WriteLine(after.Count == 0 ? "Recounted: the staff counts now equal the employees." : $"Still {after.Count} difference(s) after recounting.");
        return after.Count == 0 ? 0 : 1;
    }
}
