using ElectionTool.Draw;
using ElectionTool.Draw.Counting;
using ElectionTool.Draw.Synthetic;
using ElectionTool.Tests.Features.Counting.Engine;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>A stop ends any draw at its next random number; a draw that is not stopped gives exactly what it gives without one.</summary>
public class DrawStopTests
{
    private static readonly DrawInput District = SyntheticDistrict.Create(new DistrictShape { Employees = 3000, Offices = 100, Units = 3, Stations = 150 }, 11);

    [Fact]
    public void A_stopped_polling_stage_returns_nothing()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        var one = DrawStageOne.Run(District, "5 5 1");

        Assert.Throws<OperationCanceledException>(() => DrawStop.Within(stop.Token, () => DrawStageOne.Run(District, "5 5 1")));
        Assert.Throws<OperationCanceledException>(() => DrawStop.Within(stop.Token, () => DrawStageTwo.Run(District, one, "2")));
    }

    [Fact]
    public void A_stopped_counting_step_returns_nothing()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        Assert.Throws<OperationCanceledException>(() => DrawStop.Within(stop.Token, () => CountingDraw.Select(CountingDrawTests.Input(3), "8")));
    }

    [Fact]
    public void A_draw_under_a_stop_that_never_comes_is_the_same_draw()
    {
        using var stop = new CancellationTokenSource();
        var plain = DrawRun.Of(District, "7 1 4");
        var watched = DrawStop.Within(stop.Token, () => DrawRun.Of(District, "7 1 4"));

        Assert.True(plain.Feasible, plain.Blocking);
        Assert.Equal(plain.Three.OutputHash, watched.Three.OutputHash);
        Assert.Equal(plain.Two.OutputHash, watched.Two.OutputHash);
    }

    [Fact]
    public async Task The_stop_belongs_to_its_own_thread_and_ends_with_the_work()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        var elsewhere = Task.Run(() => DrawStop.Within(CancellationToken.None, () => DrawStageOne.Run(District, "3").OutputHash));

        Assert.Throws<OperationCanceledException>(() => DrawStop.Within(stop.Token, () => DrawStageOne.Run(District, "3")));
        Assert.Equal(DrawStageOne.Run(District, "3").OutputHash, await elsewhere);
    }
}
