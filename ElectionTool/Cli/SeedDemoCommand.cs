using ElectionTool.Features.Demo;

namespace ElectionTool.Cli;

public sealed class SeedDemoCommand : ICliCommand
{
    public string Name => "seed-demo";
    public string Usage => "seed-demo [--offices N] [--employees N] [--reset]";
    public string Summary => "Creates a demo district mid data-entry window (departments, offices, ACs, wards, stations, ~5,000 employees up to 60,000, an election, demo accounts). --reset wipes the database first.";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        var offices = args.GetInt("offices", 150);
        var employees = args.Has("employees") ? args.GetInt("employees", 5000) : 5000;
        try
        {
            var summary = await services.GetRequiredService<DemoDistrictSeeder>().SeedAsync(offices, args.Has("reset"), ct, employees);
            Console.WriteLine($"Demo district created: {summary.Departments} departments, {summary.Offices} offices, {summary.Units} constituency units, {summary.Stations} polling stations, {summary.Employees} employees.");
            Console.WriteLine($"Demo accounts (password {DemoDistrictSeeder.DemoPassword}; two-factor for Admin is off in the demo):");
            foreach (var account in summary.Accounts)
            {
                Console.WriteLine($"  {account.UserName,-15} {account.Role,-15} {account.Note}");
            }
            return 0;
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"seed-demo: {e.Message}");
            return 1;
        }
    }
}
