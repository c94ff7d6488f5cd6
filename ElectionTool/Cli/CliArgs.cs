namespace ElectionTool.Cli;

/// <summary>The words after the command: positional words and "--name value" options.</summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    public CliArgs(IEnumerable<string> words)
    {
        var list = words.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var word = list[i];
            if (word.StartsWith("--", StringComparison.Ordinal))
            {
                var name = word[2..];
                var hasValue = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal);
                _options[name] = hasValue ? list[++i] : null;
            }
            else
            {
                Positional.Add(word);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.TryGetValue(name, out var value) ? value : null;

    public string Require(string name) =>
        Get(name) ?? throw new CliUsageException($"missing --{name} VALUE");

    public int GetInt(string name, int fallback)
    {
        var text = Get(name);
        if (text is null)
        {
            return fallback;
        }
        return int.TryParse(text, out var value) && value > 0
            ? value
            : throw new CliUsageException($"--{name} must be a positive whole number, not '{text}'");
    }
}

public sealed class CliUsageException(string message) : Exception(message);
