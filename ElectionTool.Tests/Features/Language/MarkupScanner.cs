using System.Net;
using System.Text.RegularExpressions;

namespace ElectionTool.Tests.Features.Language;

/// <summary>
/// Finds English a user would read that is typed straight into a page instead of coming from the resources:
/// words in markup text, in the attributes people read (Label, Title, Placeholder…) and in snackbar messages.
/// Razor code (control flow, expressions, <c>@L[…]</c>) is stripped before looking.
/// </summary>
internal static partial class MarkupScanner
{
    private static readonly HashSet<string> ReadAttributes = new(StringComparer.Ordinal)
    {
        "Label", "Title", "Subtitle", "Placeholder", "placeholder", "HelperText", "Text", "Message", "Heading", "Caption",
        "Description", "Hint", "alt", "title", "aria-label", "ConfirmText", "TooltipText", "Tooltip",
    };

    /// <summary>Words that stay in Latin letters in Hindi too (abbreviations, the product's name, file kinds).</summary>
    private static readonly HashSet<string> Untranslated = new(StringComparer.Ordinal)
    {
        "ElectionTool", "EPIC", "CSV", "IFSC", "PDF", "OTP", "QR", "SMS", "API", "ID", "Id", "PIN", "AC", "xlsx", "zip",
        "HRMS", "SHA", "HMAC", "EDC", "Excel", "UTF", "IST", "TOTP", "SC", "ET", "DRAW", "English",
    };

    public static IReadOnlyList<string> Scan(string text)
    {
        var findings = new List<string>();
        var codeAt = CodeBlock().Match(text) is { Success: true } code ? code.Index : text.Length;
        var markup = Blank(text[..codeAt]);
        var tags = Tags(markup);
        foreach (var (start, length) in tags)
        {
            foreach (Match attribute in Attribute().Matches(markup, start))
            {
                if (attribute.Index >= start + length)
                {
                    break;
                }
                if (ReadAttributes.Contains(attribute.Groups[1].Value) && !attribute.Groups[2].Value.Contains('@') && HasEnglish(attribute.Groups[2].Value))
                {
                    findings.Add($"{LineOf(text, start)}: {attribute.Groups[1].Value}=\"{attribute.Groups[2].Value}\"");
                }
            }
        }
        var textOnly = new System.Text.StringBuilder(markup);
        foreach (var (start, length) in tags)
        {
            for (var j = start; j < start + length; j++)
            {
                textOnly[j] = markup[j] == '\n' ? '\n' : '\u0001';
            }
        }
        var lines = textOnly.ToString().Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var piece in lines[i].Split('\u0001'))
            {
                var prose = Prose(piece);
                if (prose is not null && HasEnglish(prose))
                {
                    findings.Add($"{i + 1}: {piece.Trim()}");
                }
            }
        }
        foreach (Match snack in SnackbarLiteral().Matches(text[codeAt..]))
        {
            if (HasEnglish(Holes().Replace(snack.Groups[1].Value, "")))
            {
                findings.Add($"{LineOf(text, codeAt + snack.Index)}: {snack.Value}");
            }
        }
        // English inside @(...) and in the arguments of @L[...] in markup: a ternary's words ("Saving…" : "Save"), a $"…".
        // Between tags an expression's value is text on the screen, so lower-case words count there too ("never",
        // "not reminded yet"); inside a tag they may be a class or a test id.
        foreach (var opening in new[] { "@(", "@L[" })
        {
            for (var at = markup.IndexOf(opening, StringComparison.Ordinal); at >= 0; at = markup.IndexOf(opening, at + 1, StringComparison.Ordinal))
            {
                var end = Balanced(markup, at + opening.Length - 1);
                var shown = !tags.Any(t => at >= t.Start && at < t.Start + t.Length);
                findings.AddRange(ProseLiterals(markup[at..end], shown).Select(l => $"{LineOf(text, at)}: {l}"));
                at = Math.Max(at, end - 2);
            }
        }
        // A data grid column without a Title is headed by its property's name, in English whatever the language.
        foreach (var (start, length) in tags)
        {
            var tag = markup.Substring(start, length);
            if (tag.StartsWith("<PropertyColumn", StringComparison.Ordinal) && !tag.Contains("Title=", StringComparison.Ordinal))
            {
                findings.Add($"{LineOf(text, start)}: {tag.Split('\n')[0].Trim()} (no Title: the heading is the property's English name)");
            }
        }
        findings.AddRange(ScanCode(text[codeAt..]).Select(f => Offset(f, LineOf(text, codeAt) - 1)));
        return findings.Distinct().ToList();
    }

    /// <summary>
    /// English sentences and words in C# (an @code block or a component's code-behind): string literals that read as
    /// prose ("Declared strength saved.", "Add office", "Finalize") and are not handed to L[…], UiText or T(…).
    /// </summary>
    public static IReadOnlyList<string> ScanCode(string code)
    {
        var findings = new List<string>();
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!TechnicalLine().IsMatch(lines[i]))
            {
                findings.AddRange(ProseLiterals(lines[i]).Select(l => $"{i + 1}: {l}"));
            }
        }
        return findings;
    }

    private static IEnumerable<string> ProseLiterals(string code, bool shown = false)
    {
        foreach (Match literal in Literal().Matches(code))
        {
            if (!IsTranslatedBy(code[..literal.Index])
                && (ReadsAsProse(literal.Groups[1].Value) || (shown && LowerCaseWords().IsMatch(Holes().Replace(literal.Groups[1].Value, "").Trim()))))
            {
                yield return literal.Value;
            }
        }
    }

    /// <summary>Whether the code right before a literal hands it to L[…], UiText or T(…) (or names a member).</summary>
    internal static bool IsTranslatedBy(string codeBefore)
    {
        var before = codeBefore.TrimEnd();
        return Translated().IsMatch(before) || before.EndsWith('[');
    }

    /// <summary>A literal's text (holes dropped) reads as English for people: a sentence, or a capitalised word.</summary>
    internal static bool ReadsAsProse(string literal)
    {
        var words = SpaceBeforeStop().Replace(Holes().Replace(literal, ""), "$1").Trim();
        return HasEnglish(words) && (Sentence().IsMatch(words) || OneWord().IsMatch(words) || (words.Contains(' ') && SentenceEnd().IsMatch(words)));
    }

    private static string Offset(string finding, int lines)
    {
        var colon = finding.IndexOf(':', StringComparison.Ordinal);
        return int.TryParse(finding[..colon], out var line) ? $"{line + lines}{finding[colon..]}" : finding;
    }

    /// <summary>Start and length of every tag: quotes are followed, so Label="@L["Name"]" stays inside its tag.</summary>
    private static List<(int Start, int Length)> Tags(string markup)
    {
        var tags = new List<(int, int)>();
        for (var i = 0; i < markup.Length - 1; i++)
        {
            if (markup[i] != '<' || !(char.IsLetter(markup[i + 1]) || markup[i + 1] is '/' or '!'))
            {
                continue;
            }
            var j = i + 1;
            var quoted = false;
            while (j < markup.Length && (quoted || markup[j] != '>'))
            {
                if (markup[j] == '@' && j + 1 < markup.Length && markup[j + 1] == '(')
                {
                    j = Balanced(markup, j + 1);
                    continue;
                }
                quoted ^= markup[j] == '"';
                j++;
            }
            tags.Add((i, Math.Min(j + 1, markup.Length) - i));
            i = j;
        }
        return tags;
    }

    /// <summary>The words a reader sees in a text piece, or null when the piece is Razor code.</summary>
    private static string? Prose(string piece)
    {
        var trimmed = piece.Trim();
        if (trimmed.Length == 0 || CodeLine().IsMatch(trimmed) || trimmed.EndsWith(';') || trimmed.Contains("=>", StringComparison.Ordinal))
        {
            return null;
        }
        var withoutCode = RemoveExpressions(trimmed);
        return WebUtility.HtmlDecode(withoutCode);
    }

    private static bool HasEnglish(string text) => Words().Matches(text).Any(w => !Untranslated.Contains(w.Value));

    /// <summary>Drops @L[…], @(…) and @identifier.member(…)[…] expressions, keeping the literal text around them.</summary>
    private static string RemoveExpressions(string text)
    {
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '@' || i + 1 >= text.Length || (result.Length > 0 && char.IsLetterOrDigit(result[^1])))
            {
                result.Append(text[i]);
                continue;
            }
            var j = i + 1;
            if (text[j] == '(')
            {
                j = Balanced(text, j);
            }
            else
            {
                while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] == '_' || text[j] == '.' || text[j] == '?'
                    || text[j] == '(' || text[j] == '['))
                {
                    j = text[j] is '(' or '[' ? Balanced(text, j) : j + 1;
                }
            }
            i = j - 1;
        }
        return result.ToString();
    }

    private static int Balanced(string text, int open)
    {
        var depth = 0;
        for (var j = open; j < text.Length; j++)
        {
            if (text[j] == '"')
            {
                j++;
                while (j < text.Length && text[j] != '"')
                {
                    j += text[j] == '\\' ? 2 : 1;
                }
            }
            else if (text[j] is '(' or '[')
            {
                depth++;
            }
            else if (text[j] is ')' or ']' && --depth == 0)
            {
                return j + 1;
            }
        }
        return text.Length;
    }

    /// <summary>Comments, style and script bodies, and @{ } code blocks become blank lines (line numbers kept).</summary>
    private static string Blank(string markup)
    {
        string Lines(Match m) => new('\n', m.Value.Count(c => c == '\n'));
        markup = Comment().Replace(markup, Lines);
        markup = StyleOrScript().Replace(markup, Lines);
        markup = Technical().Replace(markup, Lines);
        markup = Directive().Replace(markup, "");
        var builder = new System.Text.StringBuilder(markup);
        for (var at = markup.IndexOf("@{", StringComparison.Ordinal); at >= 0; at = markup.IndexOf("@{", at + 2, StringComparison.Ordinal))
        {
            var depth = 0;
            for (var j = at + 1; j < markup.Length; j++)
            {
                depth += markup[j] == '{' ? 1 : markup[j] == '}' ? -1 : 0;
                if (markup[j] != '\n')
                {
                    builder[j] = ' ';
                }
                if (depth == 0)
                {
                    break;
                }
            }
        }
        return builder.ToString();
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"^@code\s*\{", RegexOptions.Multiline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"@\*.*?\*@|<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(style|script)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StyleOrScript();

    /// <summary>Setting names and keys (code, kbd) and text marked as English on purpose (lang="en": a language's own name).</summary>
    [GeneratedRegex(@"<(code|kbd)\b.*?</\1>|<([\w.]+)\b[^<>]*\blang=""en""[^<>]*>[^<]*</\2>", RegexOptions.Singleline)]
    private static partial Regex Technical();

    [GeneratedRegex(@"^@(inject|using|page|attribute|implements|inherits|layout|typeparam|namespace|rendermode|model|addTagHelper|preservewhitespace)\b.*$", RegexOptions.Multiline)]
    private static partial Regex Directive();

    [GeneratedRegex(@"\s([\w:-]+)\s*=\s*""([^""]*)""")]
    private static partial Regex Attribute();

    /// <summary>
    /// A line of Razor code, not text: a keyword that opens a statement ("foreach (", "else", "case 1:"), a brace.
    /// The keyword must look like code, so a sentence in a notice that starts "for the conduct of the poll" is text.
    /// </summary>
    [GeneratedRegex(@"^(@?(if|foreach|for|while|switch|using|catch|lock)\s*[({]|@?(else|inject|page|attribute|implements|inherits|layout|namespace|rendermode|typeparam|model|section|addTagHelper)\b|@?(do|try|finally)\s*(\{|$)|@?(case|default)\b[^:]*:|@?(await|var|return)\s|[{}]|@:)")]
    private static partial Regex CodeLine();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Words();

    [GeneratedRegex(@"Snackbar\.Add\(\s*\$?""((?:[^""\\]|\\.)*)""")]
    private static partial Regex SnackbarLiteral();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Holes();

    /// <summary>A C# string literal (regular, interpolated or verbatim) on one line; group 1 its text.</summary>
    [GeneratedRegex(@"(?<![\w""])\$?@?""((?:[^""\\\n]|\\.)*)""")]
    private static partial Regex Literal();

    /// <summary>Code right before a literal that translates it (or names a member, not a text).</summary>
    [GeneratedRegex(@"(\bL\[|UiText\.(Of|Format|In)\(|\bT\(|nameof\(|Of\()$")]
    private static partial Regex Translated();

    /// <summary>Lines whose literals are for the machine: parameters' names, JS calls, routes, logs, audit entries, formats.</summary>
    [GeneratedRegex(@"^\s*\[(Required|Display|StringLength|Range|Compare|RegularExpression|MaxLength|EmailAddress)\b|\[Parameter|\[SupplyParameter|Invoke(Void)?Async|GeneratedRegex|\bLog(ger)?\.|AuditLog|NavigateTo|""import""|ToString\(""|DateFormat|\bHref\b|^\s*(//|@\*|///)")]
    private static partial Regex TechnicalLine();

    /// <summary>"Add office", "Accept — irreversible": a capitalised word, then another word later on.</summary>
    [GeneratedRegex(@"^[A-Z][a-z]+\s.*[a-z]{2,}")]
    private static partial Regex Sentence();

    /// <summary>"Finalize", "Saving…", "Resolved.": one capitalised word, as a button or a notice says it.</summary>
    [GeneratedRegex(@"^[A-Z][a-z]{2,}[.…!?]?$")]
    private static partial Regex OneWord();

    /// <summary>"never", "not reminded yet", "reminded {0} by {1}": English words in lower case, as a cell or caption shows them.</summary>
    [GeneratedRegex(@"^[a-z]{3,}(\s+[a-z]{2,})*$")]
    private static partial Regex LowerCaseWords();

    [GeneratedRegex(@"\s+([.!?…:,;)]|$)")]
    private static partial Regex SpaceBeforeStop();

    [GeneratedRegex(@"^[A-Za-z].*[a-z)][.!?…:]$")]
    private static partial Regex SentenceEnd();
}
