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
    public void The_direct_employee_writer_writes_exactly_the_table_line_in_every_version()
    {
        var pool = ElectionTool.Draw.Synthetic.SyntheticDistrict.Create(new ElectionTool.Draw.Synthetic.DistrictShape { Employees = 400 }, 5).Pool;
        // Awkward values too: escapes, non-ASCII, a fractional and a negative amount, a missing retirement date.
        pool = [.. pool, pool[0] with { Id = -7, Name = "A|B\\C\nD", OfficeCode = "दफ़्तर", BasicPay = 12345.67m, RetirementDate = null, SpouseKey = "k" },
            pool[1] with { Id = -8, BasicPay = -3m, SpouseKey = "k", VoterUnit = null }];
        var couples = DrawHashes.CoupleIds(pool);
        Assert.NotEmpty(couples);
        foreach (var version in DrawAlgorithm.Supported)
        {
            var v1 = version == DrawAlgorithm.V1;
            foreach (var e in pool)
            {
                using var table = new CanonicalWriter(keepText: true);
                CanonicalLines.Write(table, "employee", CanonicalLines.Employee(version), e, v1 ? null : DrawHashes.CoupleOf(couples, e));
                using var direct = new CanonicalWriter(keepText: true);
                long couple = 0;
                var hasCouple = !v1 && couples.TryGetValue(e.SpouseKey ?? "", out couple);
                CanonicalLines.WriteEmployee(direct, e, v1, hasCouple, couple);
                Assert.Equal(table.Text, direct.Text);
            }
        }
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
