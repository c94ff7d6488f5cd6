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
        AssertDirectEqualsTable(pool);
    }

    [Fact]
    public void The_direct_employee_writer_writes_exactly_the_table_line_for_random_awkward_people()
    {
        var random = new Random(20260412);
        var pool = Enumerable.Range(0, 3000).Select(i => AwkwardEmployee(random, i)).ToList();
        AssertDirectEqualsTable(pool);
    }

    /// <summary>
    /// Each line on its own, and all of them through one writer each way (so lines straddle the writer's 64 KB chunks at
    /// every kind of field): the direct writer and the table give the same text and hash in every version.
    /// </summary>
    private static void AssertDirectEqualsTable(IReadOnlyList<DrawEmployee> pool)
    {
        var couples = DrawHashes.CoupleIds(pool);
        Assert.NotEmpty(couples);
        foreach (var version in DrawAlgorithm.Supported)
        {
            var v1 = version == DrawAlgorithm.V1;
            using var allTable = new CanonicalWriter(keepText: true);
            using var allDirect = new CanonicalWriter(keepText: true);
            foreach (var e in pool)
            {
                using var table = new CanonicalWriter(keepText: true);
                WriteByTable(table, e, version, couples);
                WriteByTable(allTable, e, version, couples);
                using var direct = new CanonicalWriter(keepText: true);
                WriteDirect(direct, e, v1, couples);
                WriteDirect(allDirect, e, v1, couples);
                Assert.Equal(table.Text, direct.Text);
            }

            Assert.Equal(allTable.Text, allDirect.Text);
            Assert.Equal(allTable.HashHex(), allDirect.HashHex());
        }
    }

    private static void WriteByTable(CanonicalWriter w, DrawEmployee e, string version, Dictionary<string, long> couples) =>
        CanonicalLines.Write(w, "employee", CanonicalLines.Employee(version), e, version == DrawAlgorithm.V1 ? null : DrawHashes.CoupleOf(couples, e));

    private static void WriteDirect(CanonicalWriter w, DrawEmployee e, bool v1, Dictionary<string, long> couples)
    {
        long couple = 0;
        var hasCouple = !v1 && couples.TryGetValue(e.SpouseKey ?? "", out couple);
        CanonicalLines.WriteEmployee(w, e, v1, hasCouple, couple);
    }

    // Pieces of text a field is made of: plain codes, every escaped character, a control character and DEL, Latin,
    // Devanagari, a surrogate pair, lone surrogates (written as U+FFFD) and nothing at all.
    private static readonly string[] TextPieces =
        ["AC-001", "OFF-0706", "D25", "x", "|", "\\", "\n", "\r", "\t", "\u007f", "é", "दफ़्तर", "😀", "\ud800", "\udc00", "", "~ }{", "Booth 17"];

    private static string? AwkwardText(Random random, bool nullable)
    {
        if (nullable && random.Next(8) == 0)
        {
            return null;
        }

        if (random.Next(400) == 0)
        {
            // Longer than the writer's chunk, so the line alone needs a larger buffer.
            return new string('a', 70_000) + TextPieces[random.Next(TextPieces.Length)];
        }

        var pieces = random.Next(5);
        return string.Concat(Enumerable.Range(0, pieces).Select(_ => TextPieces[random.Next(TextPieces.Length)]));
    }

    private static readonly long[] Longs = [0, 1, 9, 10, 99, 100, 99_999_999, 100_000_000, -1, long.MinValue, long.MaxValue, int.MaxValue, int.MinValue];

    private static readonly decimal[] Amounts =
        [0m, 35400m, 35400.5m, 35400.50m, -3m, -0.5m, 1e-28m, decimal.MaxValue, decimal.MinValue, 1099511627775m, 1099511627776m, 0.000m, 100000000m, 99999999m];

    private static long AwkwardLong(Random random) => random.Next(3) == 0 ? Longs[random.Next(Longs.Length)] : random.NextInt64(-1_000_000_000_000, 1_000_000_000_000);

    private static DrawEmployee AwkwardEmployee(Random random, int i) => new()
    {
        Id = random.Next(4) == 0 ? AwkwardLong(random) : i,
        Epic = AwkwardText(random, nullable: false)!,
        Name = AwkwardText(random, nullable: false)!,
        OfficeId = AwkwardLong(random),
        OfficeCode = AwkwardText(random, nullable: false)!,
        DepartmentCode = AwkwardText(random, nullable: false)!,
        Gender = (DrawGender)random.Next(Enum.GetValues<DrawGender>().Length),
        PayLevel = random.Next(3) == 0 ? (int)Longs[random.Next(Longs.Length)] : random.Next(20),
        BasicPay = random.Next(2) == 0 ? Amounts[random.Next(Amounts.Length)] : new decimal(random.Next(), random.Next(), random.Next(), random.Next(2) == 0, (byte)random.Next(29)),
        Gazetted = random.Next(2) == 0,
        Contractual = random.Next(2) == 0,
        Disability = random.Next(2) == 0,
        ExemptionApproved = random.Next(2) == 0,
        RetirementDate = random.Next(6) switch
        {
            0 => null,
            1 => DateOnly.MinValue,
            2 => DateOnly.MaxValue,
            _ => DateOnly.FromDayNumber(random.Next(DateOnly.MaxValue.DayNumber + 1)),
        },
        VoterUnit = AwkwardText(random, nullable: true),
        ResidenceUnit = AwkwardText(random, nullable: true),
        HomeUnit = AwkwardText(random, nullable: true),
        OfficeUnit = AwkwardText(random, nullable: true),
        SpouseKey = random.Next(3) == 0 ? $"s{random.Next(400)}" : AwkwardText(random, nullable: true),
        OfficeFinalized = random.Next(2) == 0,
    };

    [Fact]
    public void People_out_of_id_order_are_written_in_it_equal_ids_keeping_their_order()
    {
        var input = ElectionTool.Draw.Synthetic.SyntheticDistrict.Create(new ElectionTool.Draw.Synthetic.DistrictShape { Employees = 300 }, 3);
        var pool = input.Pool.ToList();
        // Two people sharing an id (kept in the order given), and the out-of-order one last, after all other lines.
        pool.Insert(10, pool[10] with { OfficeCode = "TWIN" });
        List<DrawEmployee> lastOutOfOrder = [.. pool.Skip(1), pool[0]];
        var shuffled = pool.OrderBy(e => (e.Id * 7919) % 301).ToList();
        foreach (var version in DrawAlgorithm.Supported)
        {
            foreach (var people in new[] { lastOutOfOrder, shuffled })
            {
                var expected = DrawHashes.Input(input, 2, "prev", people.OrderBy(e => e.Id).ToList(), keepText: true, version);
                Assert.Equal(expected, DrawHashes.Input(input, 2, "prev", people, keepText: true, version));
                Assert.Equal(expected, DrawHashes.Input(input, 2, "prev", people.Select(e => e), keepText: true, version));
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
