using System.Globalization;
using ElectionTool.Draw;
using Xunit;
using Xunit.Abstractions;

namespace ElectionTool.Tests.Features.Draw.Engine;

public class ExampleThreeSearch(ITestOutputHelper output)
{
    [Fact]
    public void Search()
    {
        if (Environment.GetEnvironmentVariable("DRAW_EXAMPLE_SEARCH") != "1")
        {
            return;
        }

        var input = ExampleTwo.Build() with { ElectionId = "EXAMPLE-3" };
        static int Count(IReadOnlyList<string> lines, string start) => lines.Count(l => l.StartsWith(start, StringComparison.Ordinal));
        for (var a = 1; a < 400; a++)
        {
            var s1 = $"{a % 7 + 1}-{a / 7 % 7 + 1}-{a / 49 % 7 + 1}";
            var (one, t1) = DrawTrace.Capture(() => DrawStageOne.Run(input, s1));
            if (!one.Report.Feasible || Count(t1, "seniority: ") != 1 || !t1.Any(l => l.Contains("has its", StringComparison.Ordinal)) || Count(t1, "attempt 1: accepted") != 1)
            {
                continue;
            }

            for (var b = 1; b < 60; b++)
            {
                var s2 = $"{b % 6 + 1}-{b / 6 % 6 + 1}-{b / 36 + 1}";
                var (two, t2) = DrawTrace.Capture(() => DrawStageTwo.Run(input, one, s2));
                if (two.Report.Feasible && Count(t2, "repair: ") == 1 && Count(t2, "attempt ") == 1)
                {
                    output.WriteLine($"{s1} {s2} witness-repairs {Count(t1, "repair: ")}");
                }
            }
        }
    }
}
