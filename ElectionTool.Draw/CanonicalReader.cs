using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ElectionTool.Draw;

/// <summary>
/// Reads the canonical texts of <see cref="DrawHashes"/> back into engine inputs, so a stage can be re-run from an
/// audit bundle with no database. Reads both the ET-DRAW-1 and the pseudonymous ET-DRAW-2 employee lines (the
/// header's version says which). A malformed text throws <see cref="FormatException"/> naming the line.
/// </summary>
public static class CanonicalReader
{
    /// <summary>The stage, election and (stages 2 and 3) previous output hash that an input text declares.</summary>
    public sealed record InputHeader(string Version, int Stage, string ElectionId, string? PreviousOutputHash);

    public static (InputHeader Header, DrawInput Input) ReadInput(string text)
    {
        InputHeader? header = null;
        string? election = null, previous = null;
        DrawSettings? settings = null;
        var units = new List<DrawUnit>();
        var stations = new List<DrawStation>();
        var pool = new List<DrawEmployee>();
        foreach (var (number, f) in Lines(text))
        {
            var at = new CanonicalFields(f, number);
            switch (f[0])
            {
                case "ElectionTool.Draw.Input": header = new(at.Text(1), at.Int(2), "", null); break;
                case "election": election = at.Text(1); break;
                case "previous": previous = at.Text(1); break;
                case "settings": settings = CanonicalLines.Read(CanonicalLines.Settings, at, CanonicalLines.BlankSettings); break;
                case "unit": units.Add(CanonicalLines.Read(CanonicalLines.Unit, at, new DrawUnit("", ""))); break;
                case "station": stations.Add(CanonicalLines.Read(CanonicalLines.Station, at, new DrawStation("", 0, "", 0, false))); break;
                case "employee": pool.Add(CanonicalLines.Read(CanonicalLines.Employee(header?.Version ?? DrawAlgorithm.V1), at, CanonicalLines.BlankEmployee)); break;
                default: throw new FormatException($"Line {number}: unknown line kind '{f[0]}'.");
            }
        }
        if (header is null || election is null || settings is null)
        {
            throw new FormatException("The input text lacks its header, election or settings line.");
        }

        var input = new DrawInput { ElectionId = election, Settings = settings, Units = units, Stations = stations, Pool = pool };
        return (header with { ElectionId = election, PreviousOutputHash = previous }, input);
    }

    /// <summary>Stage 1's output text as the result stage 2 builds on (it was accepted, hence feasible).</summary>
    public static StageOneResult ReadStageOne(string text)
    {
        var (h, lines) = Output(text, 1);
        var assignments = lines.Where(l => l.F[0] == "assignment")
            .Select(l => new StageOneAssignment(l.At.Long(1), l.At.Enum<Role>(2))).ToList();
        return new StageOneResult
        {
            ElectionId = h.Election,
            AlgorithmVersion = h.Version,
            Seed = h.Seed,
            InputHash = h.Input,
            OutputHash = Sha256(text),
            Report = DrawReport.From([]),
            Assignments = assignments,
        };
    }

    /// <summary>Stage 2's output text as the result stage 3 builds on.</summary>
    public static StageTwoResult ReadStageTwo(string text)
    {
        var (h, lines) = Output(text, 2);
        var members = lines.Where(l => l.F[0] == "member").ToLookup(l => l.At.Int(1), l => new PartyMember(l.At.Enum<Role>(2), l.At.Long(3)));
        var parties = lines.Where(l => l.F[0] == "party").Select(l => new DrawParty
        {
            PartyNumber = l.At.Int(1),
            UnitCode = l.At.Text(2),
            IsReserve = l.At.Bool(3),
            AllWomen = l.At.Bool(4),
            Members = members[l.At.Int(1)].ToList(),
        }).ToList();
        var reserves = lines.Where(l => l.F[0] == "reserve")
            .Select(l => new ReservePerson(l.At.Text(1), l.At.Enum<Role>(2), l.At.Long(3))).ToList();
        return new StageTwoResult
        {
            ElectionId = h.Election,
            AlgorithmVersion = h.Version,
            Seed = h.Seed,
            InputHash = h.Input,
            OutputHash = Sha256(text),
            Report = DrawReport.From([]),
            Parties = parties,
            ReservePersons = reserves,
        };
    }

    /// <summary>The header every output text starts with.</summary>
    public sealed record OutputHeader(string Version, int Stage, string Election, string Seed, string Input);

    public static OutputHeader ReadOutputHeader(string text) => Output(text, null).Header;

    /// <summary>Lowercase hex SHA-256 of the text's UTF-8 bytes: the hash every canonical text is known by.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private sealed record OutputLine(string?[] F, CanonicalFields At);

    private static (OutputHeader Header, List<OutputLine> Lines) Output(string text, int? stage)
    {
        var lines = Lines(text).Select(l => new OutputLine(l.Fields, new CanonicalFields(l.Fields, l.Number))).ToList();
        string Value(string kind) => lines.FirstOrDefault(l => l.F[0] == kind)?.At.Text(1)
            ?? throw new FormatException($"The output text has no '{kind}' line.");
        var first = lines.FirstOrDefault() is { } l0 && l0.F[0] == "ElectionTool.Draw.Output" ? l0
            : throw new FormatException("The output text does not start with 'ElectionTool.Draw.Output'.");
        var header = new OutputHeader(first.At.Text(1), first.At.Int(2), Value("election"), Value("seed"), Value("input"));
        if (stage is not null && header.Stage != stage)
        {
            throw new FormatException($"Expected the output of stage {stage}, found stage {header.Stage}.");
        }

        return (header, lines);
    }

    private static IEnumerable<(int Number, string?[] Fields)> Lines(string text)
    {
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            throw new FormatException("A canonical text ends with a newline.");
        }

        var number = 0;
        foreach (var line in text.Split('\n').SkipLast(1))
        {
            number++;
            yield return (number, Split(line, number));
        }
    }

    /// <summary>Splits on '|' and undoes the writer's escapes: \\ \p \n \r, and \0 for null (kept as a null element).</summary>
    private static string?[] Split(string line, int number)
    {
        var fields = new List<string?>();
        var current = new StringBuilder();
        var isNull = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '|')
            {
                fields.Add(isNull ? null : current.ToString());
                current.Clear();
                isNull = false;
            }
            else if (c == '\\')
            {
                var next = i + 1 < line.Length ? line[++i] : throw new FormatException($"Line {number}: a line ends in '\\'.");
                switch (next)
                {
                    case '\\': current.Append('\\'); break;
                    case 'p': current.Append('|'); break;
                    case 'n': current.Append('\n'); break;
                    case 'r': current.Append('\r'); break;
                    case '0': isNull = true; break;
                    default: throw new FormatException($"Line {number}: unknown escape '\\{next}'.");
                }
            }
            else
            {
                current.Append(c);
            }
        }
        fields.Add(isNull ? null : current.ToString());
        return fields.ToArray();
    }
}

/// <summary>Typed access to one line's fields; every failure names the line and field.</summary>
internal readonly record struct CanonicalFields(string?[] F, int Line)
{
    /// <summary>How many fields the line has, its tag included.</summary>
    public int Count => F.Length;

    public string? Tag => F[0];

    public string? Null(int i) => i < F.Length ? F[i] : throw new FormatException($"Line {Line}: field {i} is missing.");

    public string Text(int i) => Null(i) ?? throw new FormatException($"Line {Line}: field {i} is null.");

    public long Long(int i) => long.TryParse(Text(i), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : throw Bad(i, "a whole number");

    public int Int(int i) => int.TryParse(Text(i), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : throw Bad(i, "a whole number");

    public decimal Decimal(int i) => decimal.TryParse(Text(i), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : throw Bad(i, "a number");

    public bool Bool(int i) => Text(i) switch { "1" => true, "0" => false, _ => throw Bad(i, "1 or 0") };

    public DateOnly? Date(int i) => Null(i) is not { } t ? null
        : DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw Bad(i, "a date yyyy-MM-dd");

    public T Enum<T>(int i) where T : struct, System.Enum =>
        System.Enum.TryParse<T>(Text(i), ignoreCase: false, out var v) && System.Enum.IsDefined(v) ? v : throw Bad(i, typeof(T).Name);

    private FormatException Bad(int i, string what) => new($"Line {Line}: field {i} ('{F[i]}') is not {what}.");
}
