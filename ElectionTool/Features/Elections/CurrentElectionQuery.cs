using ElectionTool.Data;
using ElectionTool.Data.Entities;

namespace ElectionTool.Features.Elections;

/// <summary>The one lookup of the current election, the one that data entry, dashboards, draws and orders work on.</summary>
public static class CurrentElectionQuery
{
    public static IQueryable<Election> CurrentElection(this ElectionDbContext db) => db.Elections.Where(e => e.IsCurrent);
}
