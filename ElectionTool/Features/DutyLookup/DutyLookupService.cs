using System.Security.Cryptography;
using System.Text;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Employees;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ElectionTool.Features.DutyLookup;

/// <summary>What a code request or a code check came to; <see cref="EmployeeId"/> is set only for a correct code.</summary>
public sealed record LookupStep(bool Ok, string Message, int? EmployeeId = null);

/// <summary>
/// The drafted employee's own look-up: a 6-digit one-time code to the mobile number held for them (5 minutes,
/// 5 tries), limited per number and per client address, stored only as a hash, every step audited.
/// </summary>
public sealed class DutyLookupService(IDbContextFactory<ElectionDbContext> dbFactory, ISmsGateway sms, IMemoryCache cache, TimeProvider clock)
{
    public static readonly TimeSpan CodeLife = TimeSpan.FromMinutes(5);
    public const int MaxTries = 5;
    public const int CodesPerNumber = 3;
    public const int RequestsPerAddress = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Same answer whether or not the person exists, so the form cannot be used to find out who is drafted.</summary>
    public static string SentMessage => UiText.Of("If this EPIC or mobile number belongs to someone on a released duty list, a 6-digit code has been sent to the mobile number held for them. It is valid for 5 minutes.");

    public async Task<LookupStep> RequestCodeAsync(string epicOrMobile, string clientAddress, CancellationToken ct)
    {
        if (!WithinAddressLimit(clientAddress))
        {
            return new(false, UiText.Of("Too many requests from this device. Try again in 15 minutes."));
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await FindAsync(db, epicOrMobile, ct);
        var now = clock.GetUtcNow();
        AuditLog.Record(db, "duty-lookup", "DutyLookupCodeRequested", "Employee", person is null ? "(no match)" : person.Epic, null,
            new { Client = clientAddress, Matched = person is not null });
        if (person is null || !await IsDraftedAsync(db, person.Id, ct))
        {
            await db.SaveChangesAsync(ct);
            return new(true, SentMessage);
        }
        var since = now - Window;
        if (await db.DutyLookupCodes.CountAsync(c => c.Mobile == person.Mobile && c.CreatedAt > since, ct) >= CodesPerNumber)
        {
            await db.SaveChangesAsync(ct);
            return new(false, UiText.Of("Several codes were already sent to this number. Use the latest one, or try again in 15 minutes."));
        }
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
        db.DutyLookupCodes.Add(new DutyLookupCode
        {
            EmployeeId = person.Id,
            Mobile = person.Mobile,
            CodeHash = Hash(person.Id, code),
            ClientAddress = clientAddress,
            CreatedAt = now,
            ExpiresAt = now + CodeLife,
        });
        await db.SaveChangesAsync(ct);
        try
        {
            await sms.SendAsync(person.Mobile, $"{code} is your code to see your election duty. Valid 5 minutes. Do not share it.", "duty-lookup", ct); // English: the SMS template registered with the gateway (DLT), sent word for word
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            // The gateway is down or refused the message: the person is told, the page does not fail.
            return new(false, UiText.Of("The text message with your code could not be sent just now. Try again in a few minutes."));
        }
        return new(true, SentMessage);
    }

    public async Task<LookupStep> VerifyAsync(string epicOrMobile, string code, string clientAddress, CancellationToken ct)
    {
        if (!WithinAddressLimit(clientAddress))
        {
            return new(false, UiText.Of("Too many requests from this device. Try again in 15 minutes."));
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await FindAsync(db, epicOrMobile, ct);
        var now = clock.GetUtcNow();
        var pending = person is null ? null : await db.DutyLookupCodes.Where(c => c.EmployeeId == person.Id && c.UsedAt == null)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        LookupStep step;
        // The audit log is read in English whatever the person's language: its own short outcome, not the message shown.
        string outcome;
        if (pending is null || pending.ExpiresAt <= now)
        {
            step = new(false, UiText.Of("There is no valid code for this EPIC or mobile number. Ask for a new code."));
            outcome = "no valid code"; // English: audit outcome
        }
        else if (pending.FailedTries >= MaxTries)
        {
            step = new(false, UiText.Of("The code was entered wrongly 5 times and is locked. Ask for a new code."));
            outcome = "code locked"; // English: audit outcome
        }
        else if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(pending.CodeHash), Encoding.ASCII.GetBytes(Hash(pending.EmployeeId, code.Trim()))))
        {
            pending.FailedTries++;
            var left = MaxTries - pending.FailedTries;
            step = new(false, left > 0 ? UiText.Format("The code is wrong. {0} tries left.", left) : UiText.Of("The code was entered wrongly 5 times and is locked. Ask for a new code."));
            outcome = left > 0 ? $"wrong code, {left} tries left" : "wrong code, now locked"; // English: audit outcome
        }
        else
        {
            pending.UsedAt = now;
            step = new(true, UiText.Of("Code accepted."), pending.EmployeeId);
            outcome = "accepted"; // English: audit outcome
        }
        AuditLog.Record(db, "duty-lookup", step.Ok ? "DutyLookupVerified" : "DutyLookupRefused", "Employee", person?.Epic ?? "(no match)", null,
            new { Client = clientAddress, Outcome = outcome });
        await db.SaveChangesAsync(ct);
        return step;
    }

    private bool WithinAddressLimit(string clientAddress)
    {
        var key = "duty-lookup:" + clientAddress;
        var count = cache.GetOrCreate(key, e =>
        {
            e.AbsoluteExpirationRelativeToNow = Window;
            return new StrongBox<int>();
        })!;
        return Interlocked.Increment(ref count.Value) <= RequestsPerAddress;
    }

    private static async Task<Employee?> FindAsync(ElectionDbContext db, string epicOrMobile, CancellationToken ct)
    {
        if (FieldParsers.Epic(epicOrMobile) is { } epic)
        {
            return await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Epic == epic, ct);
        }
        return FieldParsers.Mobile(epicOrMobile) is { } mobile ? await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Mobile == mobile, ct) : null;
    }

    private static async Task<bool> IsDraftedAsync(ElectionDbContext db, int employeeId, CancellationToken ct) =>
        (await Draw.DutyRoster.ReleasedAsync(db, ct)).Any(d => d.EmployeeId == employeeId);

    private static string Hash(int employeeId, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"duty-lookup:{employeeId}:{code}")));

    private sealed class StrongBox<T>
    {
        public T? Value;
    }
}
