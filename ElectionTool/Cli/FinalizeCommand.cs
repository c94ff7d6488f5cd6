using ElectionTool.Features.Finalization;

namespace ElectionTool.Cli;

public sealed class FinalizeCommand : ICliCommand
{
    public string Name => "finalize";
    public string Usage => "finalize --office CODE";
    public string Summary => "Finalizes (certifies and locks) an office's staff list, on the same conditions as the page; exit 1 when refused.";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        var code = args.Require("office");
        var office = await OfficeLookup.FindAsync(services, code, ct);
        if (office is null)
        {
            Console.Error.WriteLine($"finalize: there is no office with code '{code}'.");
            return 1;
        }
        var result = await services.GetRequiredService<FinalizationService>().FinalizeAsync(office.Value.Id, certificateConfirmed: true, ct);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"finalize: {result.Message}");
            return 1;
        }
        Console.WriteLine(result.Message);
        return 0;
    }
}
