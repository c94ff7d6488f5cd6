using System.Globalization;
using ElectionTool.Features.Integrations;

namespace ElectionTool.Cli;

/// <summary>`integrations create|rotate|revoke|list`: keys for outside software. A key is printed once and never again.</summary>
public sealed class IntegrationsCommand : ICliCommand
{
    public string Name => "integrations";
    public string Usage => "integrations create --name NAME --scope SCOPES [--offices CODES] [--departments CODES] [--expires YYYY-MM-DD] | rotate --name NAME | revoke --name NAME | list";
    public string Summary => $"API keys for outside software; scopes: {string.Join(", ", IntegrationScopes.All)} (comma-separated). The key is printed once.";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        var integrations = services.GetRequiredService<IntegrationService>();
        switch (args.Positional.FirstOrDefault())
        {
            case "create":
                var issued = await integrations.CreateAsync(new IntegrationRequest(args.Require("name"), List(args.Require("scope")),
                    List(args.Get("offices")), List(args.Get("departments")), Expiry(args.Get("expires"))), ct);
                PrintKey(issued);
                return 0;
            case "rotate":
                PrintKey(await integrations.RotateAsync(args.Require("name"), ct));
                return 0;
            case "revoke":
                await integrations.RevokeAsync(args.Require("name"), ct);
                Console.WriteLine($"Integration '{args.Require("name")}' is revoked; its key no longer works.");
                return 0;
            case "list":
                var now = DateTimeOffset.UtcNow;
                Console.WriteLine("name,state,key_prefix,scopes,offices,departments,expires,last_used,calls");
                foreach (var i in await integrations.ListAsync(ct))
                {
                    Console.WriteLine(string.Join(',', i.Name, i.State(now), i.KeyPrefix, string.Join(' ', i.Scopes), string.Join(' ', i.OfficeCodes),
                        string.Join(' ', i.DepartmentCodes), i.ExpiresAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                        i.LastUsedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "", i.Calls));
                }
                return 0;
            default:
                throw new CliUsageException("say create, rotate, revoke or list.");
        }
    }

    private static void PrintKey(IssuedKey issued)
    {
        Console.WriteLine($"Integration: {issued.Integration.Name} ({string.Join(' ', issued.Integration.Scopes)})");
        Console.WriteLine($"API key (shown once, store it now): {issued.Key}");
    }

    private static List<string> List(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static DateTimeOffset? Expiry(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new CliUsageException($"'{text}' is not a date: use YYYY-MM-DD.");
        }
        // The key works through the whole of the given day.
        return new DateTimeOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}
