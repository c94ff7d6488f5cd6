using ElectionTool.Features.Duties;

namespace ElectionTool.Cli;

/// <summary>`draw sectors propose|lock`: sectors and zones from the stations' coordinates, then locked before officers are drawn.</summary>
public static class SectorsCommand
{
    public static async Task<int> RunAsync(SectorService sectors, string? verb, CancellationToken ct)
    {
        switch (verb)
        {
            case "propose":
                var count = await sectors.ProposeAsync(ct);
                var board = await sectors.GetBoardAsync(ct);
                Console.WriteLine($"Proposed {count} sectors in {board.Units.Count} units ({board.Settings.StationsPerSector} stations per sector, {board.Settings.SectorsPerZone} sectors per zone).");
                foreach (var unit in board.Units)
                {
                    foreach (var s in unit.Sectors)
                    {
                        Console.WriteLine($"  {s.Code,-14} {s.ZoneCode,-10} {s.RouteKm,7:0.00} km{(s.NoLocation ? "  NO LOCATION" : "")}  {string.Join(" ", s.Stops.Select(t => t.Number))}");
                    }
                }
                return 0;
            case "lock":
                await sectors.LockAsync(ct);
                Console.WriteLine("Sectors locked: they no longer change; officers can now be drawn.");
                return 0;
            default:
                throw new CliUsageException("draw sectors propose|lock");
        }
    }
}
