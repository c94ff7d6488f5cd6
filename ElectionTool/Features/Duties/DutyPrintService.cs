using ElectionTool.Data;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Draw;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Duties;

/// <summary>What the duty print-outs read: the people (rows), the sectors with their routes, station names and run headers.</summary>
public sealed record DutyPrintData(
    string ElectionName, IReadOnlyList<DutyRow> Rows, IReadOnlyList<UnitSectors> Units, IReadOnlyDictionary<(string Unit, int Number), string> StationNames,
    IReadOnlyDictionary<int, PrintHeader> Headers)
{
    public IEnumerable<SectorRow> Sectors => Units.SelectMany(u => u.Sectors);

    public SectorRow? Sector(string? code) => Sectors.FirstOrDefault(s => s.Code == code);

    public DutyRow? OfficerOf(DutyKind duty, Func<DutyRow, string?> post, string code) => Rows.FirstOrDefault(r => r.Kind == duty && !r.IsReserve && post(r) == code);
}

public sealed class DutyPrintService(IDbContextFactory<ElectionDbContext> dbFactory, DutyOutputService outputs, DrawOutputService draws, SectorService sectors)
{
    /// <summary>Null when there is no current election.</summary>
    public async Task<DutyPrintData?> LoadAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await DrawStore.FindCurrentElectionAsync(db, ct) is not { } election)
        {
            return null;
        }
        var rows = await outputs.RowsAsync(ct);
        var board = await sectors.GetBoardAsync(ct);
        var names = await db.PollingStations.AsNoTracking().Where(s => s.Sensitive && s.ConstituencyUnit!.Kind == election.UnitKind)
            .Select(s => new { Unit = s.ConstituencyUnit!.Code, s.Number, s.Name }).ToDictionaryAsync(s => (s.Unit, s.Number), s => s.Name, ct);
        var headers = new Dictionary<int, PrintHeader>();
        foreach (var stage in DutyStages.All)
        {
            if (await draws.HeaderAsync(stage.Number, ct) is { } header)
            {
                headers[stage.Number] = header;
            }
        }
        return new DutyPrintData(election.Name, rows, board.Units, names, headers);
    }
}
