using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Training;
using ElectionTool.Hosting;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.PostalBallots;

/// <summary>Every drafted person's Form 12 / 12A, tracked from the form to the vote.</summary>
public sealed class PostalBallotService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    /// <summary>
    /// Puts every drafted person with a unit of duty on the register, deciding Form 12 or 12A from their voter unit
    /// against it. Rows not yet past "form issued" follow a changed unit or voter unit; later rows are left alone.
    /// </summary>
    public async Task<PrepareOutcome> PrepareAsync(CancellationToken ct)
    {
        if (!await currentUser.IsInRoleAsync(Roles.Admin))
        {
            throw new TrainingRefusedException(UiText.Of("Only the Admin prepares the postal ballot register."));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var roster = await DraftedStaff.LoadAsync(db, ct);
        if (roster.Stage == 0)
        {
            throw new TrainingRefusedException(UiText.Of("Stage 1 of the draw is not accepted yet: nobody is drafted."));
        }

        var records = await db.Set<PostalBallotRecord>().Where(r => r.ElectionId == roster.ElectionId).ToDictionaryAsync(r => r.EmployeeId, ct);
        var user = await currentUser.GetNameAsync();
        var now = clock.GetUtcNow();
        int added = 0, updated = 0, waiting = 0;
        foreach (var p in roster.People)
        {
            if (BallotRules.FormFor(p.VoterUnitCode, p.DutyUnitCode) is not { } form)
            {
                waiting++;
                continue;
            }

            if (!records.TryGetValue(p.EmployeeId, out var r))
            {
                db.Add(new PostalBallotRecord { ElectionId = roster.ElectionId, EmployeeId = p.EmployeeId, Form = form, DutyUnitCode = p.DutyUnitCode!, VoterUnitCode = p.VoterUnitCode ?? "", UpdatedAt = now, UpdatedBy = user });
                added++;
            }
            else if (r.Step <= BallotStep.FormIssued && (r.Form != form || r.DutyUnitCode != p.DutyUnitCode))
            {
                (r.Form, r.DutyUnitCode, r.VoterUnitCode, r.UpdatedAt, r.UpdatedBy) = (form, p.DutyUnitCode!, p.VoterUnitCode ?? "", now, user);
                updated++;
            }
        }

        AuditLog.Record(db, user, "PostalBallotRegisterPrepared", nameof(PostalBallotRecord), $"{roster.ElectionId}", after: new { added, updated, waiting, roster.Stage });
        await db.SaveChangesAsync(ct);
        return new PrepareOutcome(added, updated, waiting, roster.Stage);
    }

    /// <summary>Records a step for the person with this EPIC. Moving back (or skipping a step) needs the Admin.</summary>
    public async Task<StepOutcome> RecordStepAsync(string epic, BallotStep step, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var outcome = await ApplyAsync(db, election.Id, epic, step, await currentUser.IsInRoleAsync(Roles.Admin), await currentUser.GetNameAsync(), ct);
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    /// <summary>Bulk steps from a CSV with a header row "EPIC,Step" (step: 0–4 or its name). Each row is applied or refused on its own.</summary>
    public async Task<BulkOutcome> ImportStepsAsync(Stream csv, CancellationToken ct)
    {
        using var reader = new StreamReader(csv);
        var lines = new List<string>();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lines.Add(line);
        }

        if (lines.Count == 0 || !lines[0].Replace(" ", "").StartsWith("EPIC,Step", StringComparison.OrdinalIgnoreCase))
        {
            throw new TrainingRefusedException(UiText.Of("The file's first line must be the header: EPIC,Step"));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var admin = await currentUser.IsInRoleAsync(Roles.Admin);
        var user = await currentUser.GetNameAsync();
        int applied = 0, unchanged = 0;
        var refused = new List<BulkLine>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = lines[i].Split(',');
            var epic = cells[0].Trim().Trim('"');
            if (cells.Length < 2 || BallotRules.Parse(cells[1].Trim('"')) is not { } step)
            {
                refused.Add(new(i + 1, epic, UiText.Of("Step must be 0–4 or one of FormIssued, ApplicationReceived, BallotIssued, Voted.")));
                continue;
            }

            var outcome = await ApplyAsync(db, election.Id, epic, step, admin, user, ct);
            if (!outcome.Done)
            {
                refused.Add(new(i + 1, epic, outcome.Message));
            }
            else if (outcome.Unchanged)
            {
                unchanged++;
            }
            else
            {
                applied++;
            }
        }

        AuditLog.Record(db, user, "PostalBallotBulkSteps", nameof(PostalBallotRecord), $"{election.Id}", after: new { applied, unchanged, Refused = refused.Count });
        await db.SaveChangesAsync(ct);
        return new BulkOutcome(applied, unchanged, refused);
    }

    private async Task<StepOutcome> ApplyAsync(ElectionDbContext db, int electionId, string epicText, BallotStep step, bool admin, string user, CancellationToken ct)
    {
        var epic = epicText.Trim().ToUpperInvariant();
        var record = db.Set<PostalBallotRecord>().Local.FirstOrDefault(r => r.ElectionId == electionId && r.Employee?.Epic == epic)
            ?? await db.Set<PostalBallotRecord>().Include(r => r.Employee).FirstOrDefaultAsync(r => r.ElectionId == electionId && r.Employee!.Epic == epic, ct);
        if (record is null)
        {
            return new(false, UiText.Format("{0} is not on the postal ballot register (not drafted, or the register is not prepared).", epic));
        }

        if (BallotRules.Refusal(record.Step, step, admin) is { } why)
        {
            return new(false, $"{record.Employee!.Name}: {why}");
        }

        if (record.Step == step)
        {
            return new(true, UiText.Format("No change: {0} is already at '{1}'.", record.Employee!.Name, BallotRules.Title(step, record.Form)), Unchanged: true);
        }

        var before = record.Step;
        record.Step = step;
        record.UpdatedAt = clock.GetUtcNow();
        record.UpdatedBy = user;
        AuditLog.Record(db, user, step < before ? "PostalBallotStepReversed" : "PostalBallotStep", nameof(PostalBallotRecord), epic, new { Step = before.ToString() }, new { Step = step.ToString() });
        return new(true, $"{record.Employee!.Name}: {BallotRules.Title(step, record.Form)}.");
    }

    public async Task<PageResult<BallotRow>> PageAsync(PageRequest request, string? unitCode, bool lackingOnly, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        if (election is null)
        {
            return new PageResult<BallotRow>([], 0);
        }

        var query = db.Set<PostalBallotRecord>().AsNoTracking().Where(r => r.ElectionId == election.Id);
        if (!string.IsNullOrEmpty(unitCode))
        {
            query = query.Where(r => r.DutyUnitCode == unitCode);
        }

        if (lackingOnly)
        {
            query = query.Where(r => r.Step < BallotStep.BallotIssued);
        }

        if (request.SearchTerm is { } term)
        {
            query = query.Where(r => r.Employee!.Name.Contains(term) || r.Employee.Epic.Contains(term) || r.Employee.Office!.Code.Contains(term));
        }

        return await query.ToPageAsync(request, new Dictionary<string, System.Linq.Expressions.Expression<Func<PostalBallotRecord, object?>>>
        {
            ["Name"] = r => r.Employee!.Name,
            ["Unit"] = r => r.DutyUnitCode,
            ["Step"] = r => r.Step,
            ["Office"] = r => r.Employee!.Office!.Code,
        }, r => new BallotRow(r.Id, r.EmployeeId, r.Employee!.Name, r.Employee.Epic, r.Employee.Office!.Code, r.VoterUnitCode, r.DutyUnitCode, r.Form, r.Step, r.UpdatedAt, r.UpdatedBy), ct);
    }

    public async Task<IReadOnlyList<UnitBallotFigure>> UnitFiguresAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        if (election is null)
        {
            return [];
        }

        return (await db.Set<PostalBallotRecord>().Where(r => r.ElectionId == election.Id).GroupBy(r => r.DutyUnitCode)
            .Select(g => new UnitBallotFigure(g.Key, g.Count(), g.Count(r => r.Step < BallotStep.BallotIssued), g.Count(r => r.Step == BallotStep.Voted)))
            .ToListAsync(ct)).OrderBy(u => u.DutyUnitCode, StringComparer.Ordinal).ToList();
    }

    /// <summary>The pre-filled forms of one office (or all), for printing; the print is audited.</summary>
    public async Task<IReadOnlyList<BallotFormSheet>> FormsAsync(string? officeCode, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        if (election is null)
        {
            return [];
        }

        var rows = await db.Set<PostalBallotRecord>().AsNoTracking().Where(r => r.ElectionId == election.Id && (officeCode == null || r.Employee!.Office!.Code == officeCode))
            .Select(r => new
            {
                r.EmployeeId,
                r.Employee!.Name,
                r.Employee.FatherOrHusbandName,
                r.Employee.Designation,
                OfficeCode = r.Employee.Office!.Code,
                OfficeName = r.Employee.Office.Name,
                r.Employee.Epic,
                VoterUnitCode = r.Employee.VoterUnit!.Code,
                VoterUnitName = r.Employee.VoterUnit.Name,
                r.Employee.VoterPart,
                r.Employee.VoterSerial,
                r.DutyUnitCode,
                r.Form
            })
            .ToListAsync(ct);
        var duties = (await DraftedStaff.LoadAsync(db, ct)).People.ToDictionary(p => p.EmployeeId, p => p.Duty);
        var sheets = rows.OrderBy(r => r.OfficeCode, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new BallotFormSheet(r.Name, r.FatherOrHusbandName, r.Designation, r.OfficeCode, r.OfficeName, r.Epic, r.VoterUnitCode, r.VoterUnitName,
                r.VoterPart, r.VoterSerial, r.DutyUnitCode, DraftedStaff.DutyTitle(duties.GetValueOrDefault(r.EmployeeId, "")), r.Form)).ToList();
        AuditLog.Record(db, await currentUser.GetNameAsync(), "PostalBallotFormsPrinted", nameof(PostalBallotRecord), officeCode ?? "all", after: new { Forms = sheets.Count });
        await db.SaveChangesAsync(ct);
        return sheets;
    }
}
