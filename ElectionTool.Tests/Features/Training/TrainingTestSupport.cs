using ElectionTool.Draw;
using ElectionTool.Features.Training;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Training;

/// <summary>Venues and batches sized for a <see cref="Builders.DrawDistrictBuilder"/> district: round 1 already over, round 2 to come.</summary>
public static class TrainingTestSupport
{
    public static readonly DateOnly PastDay = new(2026, 11, 2);
    public static readonly DateOnly LaterDay = new(2027, 1, 20);

    public static readonly string[] AllDuties = PartyRoles.All.Select(r => r.ToString()).ToArray();

    public sealed record Batches(int HallA, int HallB, int RoundOneA, int RoundOneB, int RoundTwo);

    public static async Task<Batches> ScheduleAsync(IServiceProvider services)
    {
        var schedule = services.GetRequiredService<TrainingScheduleService>();
        await schedule.AddVenueAsync(new VenueInput("Collectorate Hall / कलेक्ट्रेट सभागार", "Civil Lines", "", [new HallInput("Main hall", 60), new HallInput("Hall B", 60)]), default);
        var halls = (await schedule.VenuesAsync(default)).Single().Halls;
        var a = halls.Single(h => h.Name == "Main hall").Id;
        var b = halls.Single(h => h.Name == "Hall B").Id;
        var r1a = await schedule.AddSessionAsync(new SessionInput(a, 1, PastDay, new TimeOnly(10, 0), new TimeOnly(13, 0), AllDuties), default);
        var r1b = await schedule.AddSessionAsync(new SessionInput(b, 1, PastDay, new TimeOnly(10, 0), new TimeOnly(13, 0), AllDuties), default);
        var r2 = await schedule.AddSessionAsync(new SessionInput(a, 2, LaterDay, new TimeOnly(10, 0), new TimeOnly(13, 0), AllDuties), default);
        return new Batches(a, b, r1a, r1b, r2);
    }

    public static T Service<T>(this ServiceHarness h) where T : notnull => h.Get<T>();
}
