using ElectionTool.Features.Dashboard;

namespace ElectionTool.Tests.Features.Dashboard;

public sealed class ChartLabelTests
{
    [Fact]
    public void The_day_before_the_deadline_flag_carries_no_label_to_run_into_it()
    {
        var days = Enumerable.Range(0, 8).Select(i => new DateOnly(2026, 12, 13).AddDays(i)).ToList();

        var labels = ProgressChart.AxisLabels(days, new DateOnly(2026, 12, 20));

        Assert.Equal("⚑ 20 Dec", labels[^1]);
        Assert.Equal("", labels[^2]);
        Assert.Equal("13 Dec", labels[0]);
    }

    [Fact]
    public void Over_several_weeks_about_eight_dates_are_labelled()
    {
        var days = Enumerable.Range(0, 40).Select(i => new DateOnly(2026, 11, 10).AddDays(i)).ToList();

        var labels = ProgressChart.AxisLabels(days, null);

        Assert.InRange(labels.Count(l => l.Length > 0), 7, 9);
    }
}
