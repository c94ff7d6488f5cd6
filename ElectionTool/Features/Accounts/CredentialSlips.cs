using System.Collections.Concurrent;

namespace ElectionTool.Features.Accounts;

/// <summary>What is printed on one slip handed to a user at the training session.</summary>
public sealed record CredentialSlip(string UserName, string FullName, string Role, string? OfficeCode, string? OfficeName, string OneTimePassword);

/// <summary>One issue of one-time passwords; <see cref="PrintedAt"/> is set when the slips page is first opened.</summary>
public sealed record SlipBatch(Guid Id, DateTimeOffset CreatedAt, IReadOnlyList<CredentialSlip> Slips, DateTimeOffset? PrintedAt = null);

/// <summary>
/// Holds freshly issued one-time passwords in server memory only, for the Admin who issued them, until the
/// slips are printed (plus a short grace for a jammed printer) or the working day is over. The Admin can
/// leave the Accounts page and come back: the batch is still listed there. Passwords are never written to
/// the database, a file or a log.
/// </summary>
public sealed class CredentialSlipStore(TimeProvider clock)
{
    /// <summary>How long an unprinted batch waits for its Admin.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>How long printed slips can be printed again (printer jam, second copy).</summary>
    public static readonly TimeSpan ReprintGrace = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, SlipBatch>> _byAdmin = new(StringComparer.OrdinalIgnoreCase);

    public SlipBatch Keep(string issuedByUserName, IReadOnlyList<CredentialSlip> slips)
    {
        var batch = new SlipBatch(Guid.NewGuid(), clock.GetUtcNow(), slips);
        Batches(issuedByUserName)[batch.Id] = batch;
        return batch;
    }

    /// <summary>The Admin's batches still waiting, newest first.</summary>
    public IReadOnlyList<SlipBatch> Pending(string issuedByUserName)
    {
        var batches = Batches(issuedByUserName);
        return batches.Values.Where(b => Alive(batches, b)).OrderByDescending(b => b.CreatedAt).ToList();
    }

    public SlipBatch? Find(string issuedByUserName, Guid id)
    {
        var batches = Batches(issuedByUserName);
        return batches.TryGetValue(id, out var batch) && Alive(batches, batch) ? batch : null;
    }

    /// <summary>Opens the batch for printing; from then on it is kept only for the reprint grace.</summary>
    public SlipBatch? OpenForPrinting(string issuedByUserName, Guid id)
    {
        var batch = Find(issuedByUserName, id);
        if (batch is null || batch.PrintedAt is not null)
        {
            return batch;
        }
        var printed = batch with { PrintedAt = clock.GetUtcNow() };
        Batches(issuedByUserName)[id] = printed;
        return printed;
    }

    public void Discard(string issuedByUserName, Guid id) => Batches(issuedByUserName).TryRemove(id, out _);

    private ConcurrentDictionary<Guid, SlipBatch> Batches(string user) => _byAdmin.GetOrAdd(user, _ => new());

    private bool Alive(ConcurrentDictionary<Guid, SlipBatch> batches, SlipBatch batch)
    {
        var now = clock.GetUtcNow();
        var expires = batch.PrintedAt is { } printed ? Min(printed + ReprintGrace, batch.CreatedAt + Lifetime) : batch.CreatedAt + Lifetime;
        if (now < expires)
        {
            return true;
        }
        batches.TryRemove(batch.Id, out _);
        return false;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
