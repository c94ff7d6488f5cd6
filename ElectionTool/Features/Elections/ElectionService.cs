using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Elections;

/// <summary>Elections: one is current, earlier ones stay readable.</summary>
public sealed class ElectionService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, ElectionChanges changes, DistrictClock clock)
{
    public async Task<ElectionSummary?> GetCurrentAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CurrentElection().AsNoTracking().Select(Summary).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<ElectionSummary>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Elections.AsNoTracking().Select(Summary).ToListAsync(ct);
        return rows.OrderByDescending(e => e.IsCurrent).ThenByDescending(e => e.PollDate).ToList();
    }

    public async Task<ElectionInput?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var e = await db.Elections.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return e is null ? null : new ElectionInput
        {
            Id = e.Id,
            Name = e.Name,
            Type = e.Type,
            PollDate = e.PollDate.ToDateTime(TimeOnly.MinValue),
            UnitKind = e.UnitKind,
            EntryDeadline = e.EntryDeadline.UtcDateTime.Date,
            IncludeFourthPollingOfficer = e.IncludeFourthPollingOfficer,
            FourthOfficerElectorsThreshold = e.FourthOfficerElectorsThreshold,
            ReservePercent = e.ReservePercent,
            PresidingMinPayLevel = e.PresidingMinPayLevel,
            PresidingFromGazetted = e.PresidingFromGazetted,
            PollingOfficer1MinPayLevel = e.PollingOfficer1MinPayLevel,
            NoTwoFromSameDepartment = e.NoTwoFromSameDepartment,
            WomenRule = e.WomenRule,
            RetirementMarginMonths = e.RetirementMarginMonths,
        };
    }

    /// <summary>Creates (Id 0) or updates an election; the first election created becomes current.</summary>
    public async Task<SaveOutcome> SaveAsync(ElectionInput input, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (errors.Count > 0)
        {
            return SaveOutcome.Rejected(errors);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var existing = input.Id == 0 ? null : await db.Elections.FirstOrDefaultAsync(e => e.Id == input.Id, ct);
        if (input.Id != 0 && existing is null)
        {
            return SaveOutcome.Rejected(new FieldError("", UiText.Of("This election no longer exists.")));
        }
        var isFirst = !await db.Elections.AnyAsync(ct);
        var outcome = Upsert.Apply(db, existing, () => new Election { Name = "", IsCurrent = isFirst }, e => Apply(e, input),
            Snapshot, await currentUser.GetNameAsync(), "Election", input.Name);
        await db.SaveChangesAsync(ct);
        changes.Publish();
        return outcome;
    }

    public async Task SetCurrentAsync(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var all = await db.Elections.ToListAsync(ct);
        var chosen = all.FirstOrDefault(e => e.Id == id) ?? throw new InvalidOperationException(UiText.Of("This election no longer exists."));
        var before = all.FirstOrDefault(e => e.IsCurrent)?.Name;
        all.ForEach(e => e.IsCurrent = e.Id == id);
        AuditLog.Record(db, await currentUser.GetNameAsync(), "Set current election", "Election", chosen.Name, before, chosen.Name);
        await db.SaveChangesAsync(ct);
        changes.Publish();
    }

    public async Task<string?> DeleteAsync(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await db.Elections.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (election is null)
        {
            return UiText.Of("This election no longer exists.");
        }
        if (election.IsCurrent)
        {
            return UiText.Format("{0} is the current election; make another election current first.", election.Name);
        }
        if (await db.Set<DrawRun>().AnyAsync(r => r.ElectionId == id, ct))
        {
            return UiText.Format("{0} has draw runs on record; an election with a draw stays, archived and readable.", election.Name);
        }
        Upsert.Delete(db, election, Snapshot, await currentUser.GetNameAsync(), "Election", election.Name);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private void Apply(Election e, ElectionInput input)
    {
        e.Name = input.Name.Trim();
        e.Type = input.Type;
        e.PollDate = DateOnly.FromDateTime(input.PollDate!.Value);
        e.UnitKind = input.UnitKind;
        e.EntryDeadline = clock.At(DateOnly.FromDateTime(input.EntryDeadline!.Value), new TimeOnly(18, 0));
        e.IncludeFourthPollingOfficer = input.IncludeFourthPollingOfficer;
        e.FourthOfficerElectorsThreshold = input.FourthOfficerElectorsThreshold;
        e.ReservePercent = input.ReservePercent;
        e.PresidingMinPayLevel = input.PresidingMinPayLevel;
        e.PresidingFromGazetted = input.PresidingFromGazetted;
        e.PollingOfficer1MinPayLevel = input.PollingOfficer1MinPayLevel;
        e.NoTwoFromSameDepartment = input.NoTwoFromSameDepartment;
        e.WomenRule = input.WomenRule;
        e.RetirementMarginMonths = input.RetirementMarginMonths;
    }

    private static readonly System.Linq.Expressions.Expression<Func<Election, ElectionSummary>> Summary =
        e => new ElectionSummary(e.Id, e.Name, e.Type, e.PollDate, e.UnitKind, e.EntryDeadline, e.IsCurrent);

    private sealed record ElectionSnapshot(string Name, ElectionType Type, DateOnly PollDate, UnitKind UnitKind, DateTimeOffset Deadline,
        bool Fourth, int Threshold, int Reserve, int PoLevel, bool PoGazetted, int Po1Level, bool NoSameDept, WomenInPartyRule Women, int Margin);

    private static ElectionSnapshot Snapshot(Election e) => new(e.Name, e.Type, e.PollDate, e.UnitKind, e.EntryDeadline,
        e.IncludeFourthPollingOfficer, e.FourthOfficerElectorsThreshold, e.ReservePercent, e.PresidingMinPayLevel,
        e.PresidingFromGazetted, e.PollingOfficer1MinPayLevel, e.NoTwoFromSameDepartment, e.WomenRule, e.RetirementMarginMonths);
}
