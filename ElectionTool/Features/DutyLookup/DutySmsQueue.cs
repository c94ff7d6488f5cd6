using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Draw;
using ElectionTool.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ElectionTool.Features.DutyLookup;

/// <summary>
/// The optional duty texts (<c>Sms:NotifyDuty</c>, off by default): one to each drafted person when stage 2 is
/// accepted (orders issued) and one to each party member when stage 3 is accepted (station released). They are
/// written to a queue table when the stage is accepted and sent from there by <see cref="SendPendingAsync"/>, so a
/// gateway that is down or refuses never holds up or undoes the order; each queue and each send run is audited.
/// </summary>
public sealed class DutySmsQueue(
    IDbContextFactory<ElectionDbContext> dbFactory, IServiceScopeFactory scopes, IOptions<SmsOptions> sms,
    IOptions<DistrictOptions> district, TimeProvider clock, ILogger<DutySmsQueue> log)
{
    public const string OrdersIssued = "duty-orders-issued";
    public const string StationReleased = "duty-station-released";

    /// <summary>A text is tried this many times before it is left for the IT cell to look at.</summary>
    public const int MaxTries = 5;

    /// <summary>Queues the texts for an accepted stage 2 or 3 run; returns how many. Never throws: the stage stays accepted whatever happens here.</summary>
    public async Task<int> QueueAsync(int stage, long runId, string user, CancellationToken ct)
    {
        if (!sms.Value.NotifyDuty || stage is not (2 or 3))
        {
            return 0;
        }
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var duties = (await DutyRoster.ReleasedAsync(db, ct)).Where(d => stage == 2 || d.StationNumber is not null).ToList();
            var ids = duties.Select(d => (int)d.EmployeeId).ToList();
            var mobiles = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Mobile, ct);
            var queued = (await db.DutySms.AsNoTracking().Where(m => m.DrawRunId == runId).Select(m => m.EmployeeId).ToListAsync(ct)).ToHashSet();
            var now = clock.GetUtcNow();
            var purpose = stage == 2 ? OrdersIssued : StationReleased;
            var added = 0;
            foreach (var duty in duties.Where(d => !queued.Contains((int)d.EmployeeId) && mobiles.ContainsKey((int)d.EmployeeId)))
            {
                db.DutySms.Add(new DutySmsMessage
                {
                    DrawRunId = runId,
                    EmployeeId = (int)duty.EmployeeId,
                    Mobile = mobiles[(int)duty.EmployeeId],
                    Text = stage == 2 ? OrdersText(duty) : StationText(duty),
                    Purpose = purpose,
                    QueuedAt = now,
                });
                added++;
            }
            AuditLog.Record(db, user, "DutySmsQueued", nameof(DrawRun), runId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                after: new { Stage = stage, Purpose = purpose, Messages = added });
            await db.SaveChangesAsync(ct);
            return added;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Duty texts for run {Run} (stage {Stage}) could not be queued; the stage stays accepted", runId, stage);
            return 0;
        }
    }

    /// <summary>Sends what waits in the queue through the configured gateway (HTTP or outbox); a refusal is kept on the row and tried again later.</summary>
    public async Task<DutySmsRun> SendPendingAsync(int batch, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pending = await db.DutySms.Where(m => m.SentAt == null && m.Tries < MaxTries).OrderBy(m => m.Id).Take(batch).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return new DutySmsRun(0, 0);
        }
        await using var scope = scopes.CreateAsyncScope();
        var gateway = scope.ServiceProvider.GetRequiredService<ISmsGateway>();
        var (sent, failed) = (0, 0);
        foreach (var message in pending)
        {
            message.Tries++;
            try
            {
                await gateway.SendAsync(message.Mobile, message.Text, message.Purpose, ct);
                message.SentAt = clock.GetUtcNow();
                message.LastError = null;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                message.LastError = e.Message.Length > 300 ? e.Message[..300] : e.Message;
                failed++;
            }
        }
        AuditLog.Record(db, "system", "DutySmsSent", nameof(DutySmsMessage), pending[0].Purpose, after: new { Sent = sent, Failed = failed, LastError = pending.LastOrDefault(m => m.SentAt is null)?.LastError });
        await db.SaveChangesAsync(ct);
        return new DutySmsRun(sent, failed);
    }

    private string Lookup => DutyLookupLink.Url(district.Value.SignInAddress);

    // English: SMS templates registered with the gateway (DLT), sent word for word
    private string OrdersText(Duty d) => d.IsReserve
        ? $"Election duty: {d.Name}, you are a reserve {d.RoleTitle} for {d.UnitCode} {d.UnitName}. Your appointment order: {Lookup} - DEO {district.Value.Name}"
        : $"Election duty: {d.Name}, you are {d.RoleTitle} of party {d.PartyNumber}, {d.UnitCode} {d.UnitName}. Your appointment order: {Lookup} - DEO {district.Value.Name}";

    // English: an SMS template registered with the gateway (DLT), sent word for word
    private string StationText(Duty d) =>
        $"Election duty: {d.Name}, party {d.PartyNumber} ({d.RoleTitle}) is allotted polling station {d.StationNumber} {d.StationName}, {d.UnitCode}. Details: {Lookup} - DEO {district.Value.Name}";
}

/// <summary>What one send run did.</summary>
public sealed record DutySmsRun(int Sent, int Failed);

/// <summary>Sends queued duty texts in the background every <c>Sms:DutySendSeconds</c> (30 by default) while the app runs.</summary>
public sealed class DutySmsSender(DutySmsQueue queue, IOptions<SmsOptions> sms, ILogger<DutySmsSender> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (sms.Value.NotifyDuty)
                {
                    while ((await queue.SendPendingAsync(200, stoppingToken)) is { Sent: > 0 })
                    {
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Sending queued duty texts failed; they are tried again later");
            }
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(5, sms.Value.DutySendSeconds)), stoppingToken);
        }
    }
}
