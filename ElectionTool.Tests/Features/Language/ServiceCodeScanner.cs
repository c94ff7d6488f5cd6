using System.Text;
using System.Text.RegularExpressions;

namespace ElectionTool.Tests.Features.Language;

/// <summary>
/// Finds English prose a user would read in a service's C# (refusals, snackbar texts, results, notices): string literals
/// that read as sentences or as a capitalised word and are not handed to <c>UiText.Of/Format/In</c> or <c>L[…]</c>.
/// It reads whole statements (a throw or a log call over several lines counts as one), and leaves alone what is for the
/// machine or the operator: log calls, console output, programmer errors (Argument…, NotSupported…, Unreachable…),
/// attributes' technical arguments, and anything under an <c>// English: reason</c> marker.
/// </summary>
/// <remarks>
/// The marker exempts the statement it sits in or ends (<c>x = "Name"; // English: CSV column</c>), or, on a line of its
/// own, the statement or block that follows it — before a method or an initializer it covers the whole of it.
/// </remarks>
internal static partial class ServiceCodeScanner
{
    private const string Marker = "English:";

    public static IReadOnlyList<string> Scan(string code)
    {
        var statements = Lexer.Statements(code);
        var findings = new List<string>();
        foreach (var statement in statements.Where(s => !s.Exempt && !ForTheMachine().IsMatch(s.Text)))
        {
            foreach (var (line, literal, before) in statement.Literals)
            {
                if (!MarkupScanner.IsTranslatedBy(before) && !Compared().IsMatch(before) && ReadsAsProse(literal))
                {
                    findings.Add($"{line}: \"{literal}\"");
                }
            }
        }
        return findings;
    }

    /// <summary>
    /// As in pages, plus what services say more often: a message that opens with a value (<c>$"{name} ({epic}) is not in
    /// this batch."</c>) and a reason in lower case (<c>"account number missing"</c>, three words or more).
    /// </summary>
    private static bool ReadsAsProse(string literal)
    {
        var words = Spaces().Replace(Holes().Replace(literal, " "), " ").Trim();
        return MarkupScanner.ReadsAsProse(literal) || MarkupScanner.ReadsAsProse(LeadingNonLetters().Replace(words, "")) || LowerCaseReason().IsMatch(words);
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Holes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>What a message may open with before its words: spaces, quotes and brackets around a value.</summary>
    [GeneratedRegex(@"^[\s'""“”‘’()\[\]]+")]
    private static partial Regex LeadingNonLetters();

    [GeneratedRegex(@"^[a-z][a-z'’-]*( [a-z][a-z'’-]*){2,}$")]
    private static partial Regex LowerCaseReason();

    /// <summary>
    /// Statements whose words are for the machine or for the operator's log, never shown in the interface.
    /// </summary>
    [GeneratedRegex(@"\.Log(Trace|Debug|Information|Warning|Error|Critical)\s*\(|\[LoggerMessage\b|\bConsole\.(Error\.|Out\.)?Write"
        + @"|throw new (Argument\w*Exception|NotSupportedException|NotImplementedException|UnreachableException|ObjectDisposedException)\b"
        + @"|\[(GeneratedRegex|Route|Http(Get|Post|Put|Delete)|JsonPropertyName|Table|Column|Index|DbFunction)\b|\bDebug\.Assert\("
        + @"|\b[Aa]udit(Log)?\.Record|\bUpsert\.(Apply|Delete)\(|\.With(Summary|Description|Name|Tags|DisplayName)\(|\bconst string \w+ = ""[A-Za-z]+"";"
        + @"|\.(ToTable|ToView|HasColumnName|HasDatabaseName|HasConstraintName|HasComment)\(|\b(GetConnectionString|BindConfiguration|GetSection|Add\w*Convention)\(")]
    private static partial Regex ForTheMachine();

    /// <summary>A literal compared with data or a key (<c>StartsWith("No change")</c>, <c>kind == "Name"</c>) is not shown.</summary>
    [GeneratedRegex(@"(\b(StartsWith|EndsWith|Equals|Contains|IndexOf|Replace|Split|TrimStart|TrimEnd)\(|[=!]=|\bcase|\bis)\s*$")]
    private static partial Regex Compared();

    [GeneratedRegex(@"(\bUiText\.Of|\bL)\s*$")]
    private static partial Regex TranslatingCall();

    internal sealed record Statement(string Text, List<(int Line, string Literal, string Before)> Literals)
    {
        public bool Exempt { get; set; }
    }

    /// <summary>
    /// Splits C# into statements at ';', and at '{' and '}' outside parentheses, strings and comments; records each string literal with its
    /// line and the statement's code before it; applies the English marker.
    /// </summary>
    private sealed class Lexer(string code)
    {
        private readonly List<Statement> _statements = [];
        private StringBuilder _text = new();
        private List<(int, string, string)> _literals = [];
        private int _depth;
        private int _parens;
        private readonly Stack<bool> _translating = new(); // per open parenthesis: is it UiText.Of(…) or L[…]?
        private int? _exemptFrom; // the depth a marker covers; null when no marker is open
        private int _i;
        private int _lastEndLine = -1;

        public static List<Statement> Statements(string code)
        {
            var lexer = new Lexer(code);
            lexer.Run();
            return lexer._statements;
        }

        private int Line(int at) => code.AsSpan(0, Math.Min(at, code.Length)).Count('\n') + 1;

        private void Run()
        {
            while (_i < code.Length)
            {
                var c = code[_i];
                if (c == '/' && Next(1) == '/')
                {
                    var end = code.IndexOf('\n', _i);
                    end = end < 0 ? code.Length : end;
                    var comment = code[(_i + 2)..end].TrimStart('/', ' ');
                    if (comment.StartsWith(Marker, StringComparison.Ordinal))
                    {
                        OpenMarker(Line(_i));
                    }
                    _i = end;
                }
                else if (c == '/' && Next(1) == '*')
                {
                    var end = code.IndexOf("*/", _i + 2, StringComparison.Ordinal);
                    _i = end < 0 ? code.Length : end + 2;
                }
                else if (c == '\'')
                {
                    var start = _i++;
                    while (_i < code.Length && code[_i] != '\'')
                    {
                        _i += code[_i] == '\\' ? 2 : 1;
                    }
                    _i++;
                    _text.Append(code, start, Math.Min(_i, code.Length) - start);
                }
                else if (c == '"' || ((c is '$' or '@') && StringStartsAt(_i)))
                {
                    ReadString();
                }
                else if (c == ';' || (c is '{' or '}' && _parens == 0))
                {
                    _text.Append(c);
                    _i++;
                    End(c);
                }
                else
                {
                    // Braces inside a call's parentheses are an anonymous object, an initializer or a lambda: one expression.
                    _parens = Math.Max(0, _parens + (c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0));
                    if (c is '(' or '[')
                    {
                        _translating.Push(TranslatingCall().IsMatch(_text.ToString()));
                    }
                    else if (c is ')' or ']' && _translating.Count > 0)
                    {
                        _translating.Pop();
                    }
                    _text.Append(c);
                    _i++;
                }
            }
            End(';');
        }

        private char Next(int ahead) => _i + ahead < code.Length ? code[_i + ahead] : '\0';

        private bool StringStartsAt(int at)
        {
            var j = at;
            while (j < code.Length && code[j] is '$' or '@')
            {
                j++;
            }
            return j < code.Length && code[j] == '"' && j - at <= 4;
        }

        /// <summary>Reads one string literal (regular, verbatim, interpolated, raw) and records it; holes are read as code.</summary>
        private void ReadString()
        {
            var start = _i;
            var prefix = 0;
            var interpolated = 0;
            var verbatim = false;
            while (code[_i] is '$' or '@')
            {
                interpolated += code[_i] == '$' ? 1 : 0;
                verbatim |= code[_i] == '@';
                _i++;
                prefix++;
            }
            var quotes = 0;
            while (_i + quotes < code.Length && code[_i + quotes] == '"')
            {
                quotes++;
            }
            var raw = quotes >= 3;
            var before = _text.ToString();
            var line = Line(start);
            var value = new StringBuilder();
            _i += raw ? quotes : 1;
            while (_i < code.Length)
            {
                var c = code[_i];
                if (raw && code.AsSpan(_i).StartsWith(new string('"', quotes)))
                {
                    _i += quotes;
                    break;
                }
                if (!raw && c == '"')
                {
                    if (verbatim && Next(1) == '"')
                    {
                        value.Append("\"\"");
                        _i += 2;
                        continue;
                    }
                    _i++;
                    break;
                }
                if (!raw && !verbatim && c == '\\')
                {
                    value.Append(code, _i, Math.Min(2, code.Length - _i));
                    _i += 2;
                    continue;
                }
                if (interpolated > 0 && c == '{')
                {
                    if (Next(1) == '{' && interpolated == 1)
                    {
                        value.Append("{{");
                        _i += 2;
                        continue;
                    }
                    value.Append('{');
                    _i++;
                    ReadHole();
                    value.Append('}');
                    continue;
                }
                value.Append(c);
                _i++;
            }
            _text.Append(code, start, Math.Min(_i, code.Length) - start);
            if (!raw)
            {
                // Inside UiText.Of(…) or L[…] every literal is a key: the branches of a ternary or a switch too.
                _literals.Add((line, value.ToString(), _translating.TryPeek(out var inside) && inside ? "UiText.Of(" : before));
            }
        }

        /// <summary>The code inside an interpolation hole, up to its closing brace; literals in it are recorded too.</summary>
        private void ReadHole()
        {
            var depth = 1;
            while (_i < code.Length)
            {
                var c = code[_i];
                if (c == '"' || ((c is '$' or '@') && StringStartsAt(_i)))
                {
                    ReadString();
                    continue;
                }
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                _i++;
                if (depth == 0)
                {
                    return;
                }
                _text.Append(c);
            }
        }

        private void OpenMarker(int line)
        {
            var inProgress = _text.ToString().Trim().Length > 0;
            if (!inProgress && line == _lastEndLine && _statements.Count > 0)
            {
                _statements[^1].Exempt = true; // a trailing marker after the statement's ';'
                return;
            }
            _exemptFrom ??= _depth;
        }

        private void End(char terminator)
        {
            var statement = new Statement(_text.ToString(), _literals) { Exempt = _exemptFrom is not null };
            if (_text.ToString().Trim().Length > 0)
            {
                _statements.Add(statement);
                _lastEndLine = Line(_i - 1);
            }
            _text = new StringBuilder();
            _literals = [];
            _depth += _parens > 0 ? 0 : terminator == '{' ? 1 : terminator == '}' ? -1 : 0;
            if (_exemptFrom is { } from && ((terminator == ';' && _depth == from) || (terminator == '}' && _depth <= from)))
            {
                _exemptFrom = null;
            }
        }
    }
}
