using ElectionTool.Cli;
using ElectionTool.Tests.Features.Import;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Demo;

/// <summary>Console output is process-wide, so this shares the console collection with the other captured-output tests.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CommandLineRefusalTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync() => _h = await ServiceHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task A_refused_command_says_why_and_exits_1_without_a_stack_trace()
    {
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            var exit = await CommandLine.RunAsync(_h.Services, ["export", "parties", "--out", Path.Combine(Path.GetTempPath(), "none.csv")]);

            Assert.Equal(1, exit);
        }
        finally
        {
            Console.SetError(original);
        }
        Assert.Equal("export: There is no current election. Add one on the Elections page first.", error.ToString().Trim());
    }
}
