using Microsoft.Extensions.Caching.Memory;

namespace ElectionTool.Features.Accounts;

/// <summary>What is printed on one slip handed to a user at the training session.</summary>
public sealed record CredentialSlip(string UserName, string FullName, string Role, string? OfficeCode, string? OfficeName, string OneTimePassword);

public sealed record SlipBatch(Guid Id, DateTimeOffset CreatedAt, IReadOnlyList<CredentialSlip> Slips);

/// <summary>
/// Holds freshly issued one-time passwords in server memory only, for the Admin who issued them, long
/// enough to print the slips. They are never written to the database or a log.
/// </summary>
public sealed class CredentialSlipStore(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    public SlipBatch Keep(string issuedByUserName, IReadOnlyList<CredentialSlip> slips)
    {
        var batch = new SlipBatch(Guid.NewGuid(), DateTimeOffset.UtcNow, slips);
        cache.Set(Key(issuedByUserName, batch.Id), batch, Lifetime);
        return batch;
    }

    public SlipBatch? Find(string issuedByUserName, Guid id) =>
        cache.TryGetValue(Key(issuedByUserName, id), out SlipBatch? batch) ? batch : null;

    private static string Key(string user, Guid id) => $"slips:{user}:{id:N}";
}
