using ElectionTool.Draw;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>The field order of every input line has one home (CanonicalLines); the spec prints exactly that order.</summary>
public class CanonicalLinesTests
{
    [Fact]
    public void The_specification_prints_every_input_line_as_the_writer_and_reader_use_it()
    {
        var spec = File.ReadAllText(Path.Combine(WorkedExampleTwoTests.RepositoryRoot(), "docs", "draw-algorithm.md"));
        Assert.Contains(CanonicalLines.Describe("employee", CanonicalLines.EmployeeV2) + "\n", spec);
        Assert.Contains(CanonicalLines.Describe("employee", CanonicalLines.EmployeeV1) + "\n", spec);
        Assert.Contains(CanonicalLines.Describe("settings", CanonicalLines.Settings), spec);
        Assert.Contains(CanonicalLines.Describe("unit", CanonicalLines.Unit), spec);
        Assert.Contains(CanonicalLines.Describe("station", CanonicalLines.Station), spec);
    }

    [Fact]
    public void An_input_text_read_back_and_written_again_is_byte_for_byte_the_same_in_both_versions()
    {
        var input = ExampleTwo.Build();
        foreach (var version in DrawAlgorithm.Supported)
        {
            var text = DrawHashes.Input(input, 1, null, input.Pool, keepText: true, version).Text!;
            var (_, read) = CanonicalReader.ReadInput(text);
            Assert.Equal(text, DrawHashes.Input(read, 1, null, read.Pool, keepText: true, version).Text);
        }
    }

    [Fact]
    public void An_employee_line_with_a_field_too_many_is_refused_naming_the_line()
    {
        var input = ExampleTwo.Build();
        var text = DrawHashes.Input(input, 1, null, input.Pool.Take(1), keepText: true).Text!;
        var broken = text.Replace("\nemployee|1|", "\nemployee|1|0|", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => CanonicalReader.ReadInput(broken));

        Assert.Contains("'employee' line has 18 fields", error.Message);
    }
}
