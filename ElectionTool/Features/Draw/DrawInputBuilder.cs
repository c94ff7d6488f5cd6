using System.Globalization;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Draw;

/// <summary>
/// Reads the draw's input from the database: the election's settings, its units (of the election's kind) and
/// stations, and the staff of finalized offices only. Exemptions, disability and retirement travel as flags so
/// stage 1 reports how many each rule excluded.
/// </summary>
public sealed class DrawInputBuilder(IDbContextFactory<ElectionDbContext> dbFactory)
{
    public Task<DrawInput> BuildAsync(int electionId, CancellationToken ct) => BuildAsync(electionId, _ => true, ct);

    /// <param name="blocks">Which holdings of the one duty ledger keep a person out (counting lets polling-party staff count).</param>
    public async Task<DrawInput> BuildAsync(int electionId, Func<Duties.DutyLedgerStore.Holding, bool> blocks, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await db.Elections.AsNoTracking().FirstOrDefaultAsync(e => e.Id == electionId, ct)
            ?? throw new InvalidOperationException(UiText.Format("Election {0} does not exist.", electionId));
        var unitCodes = await db.ConstituencyUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var units = await db.ConstituencyUnits.AsNoTracking().Where(u => u.Kind == election.UnitKind)
            .OrderBy(u => u.Code).Select(u => new DrawUnit(u.Code, u.Name)).ToListAsync(ct);
        var stations = await db.PollingStations.AsNoTracking().Where(s => s.ConstituencyUnit!.Kind == election.UnitKind)
            .Select(s => new DrawStation(s.ConstituencyUnit!.Code, s.Number, s.Name, s.Electors, s.WomenManaged)).ToListAsync(ct);
        var rows = await db.Employees.AsNoTracking()
            .Where(e => e.Office!.ListState == StaffListState.Finalized)
            .Select(e => new
            {
                e.Id,
                e.Epic,
                e.Name,
                e.OfficeId,
                OfficeCode = e.Office!.Code,
                DepartmentCode = e.Office.Department!.Code,
                OfficeUnitId = e.Office.ConstituencyUnitId,
                e.Gender,
                e.PayLevel,
                e.BasicPay,
                e.Gazetted,
                e.EmploymentType,
                e.Disability,
                e.ExemptionStatus,
                e.RetirementDate,
                e.VoterUnitId,
                e.ResidenceUnitId,
                e.HomeUnitId,
                e.Mobile,
                e.SpouseEpic,
                e.SpouseMobile,
            })
            .ToListAsync(ct);
        var couples = new SpouseKeys(rows.Select(r => (r.Id, r.Epic, r.Mobile, r.SpouseEpic, r.SpouseMobile)));
        string? Code(int? id) => id is { } key && unitCodes.TryGetValue(key, out var code) ? code : null;
        var pool = rows.OrderBy(r => r.Id).Select(r => new DrawEmployee
        {
            Id = r.Id,
            Epic = r.Epic,
            Name = r.Name,
            OfficeId = r.OfficeId,
            OfficeCode = r.OfficeCode,
            DepartmentCode = r.DepartmentCode,
            Gender = Map(r.Gender),
            PayLevel = r.PayLevel,
            BasicPay = r.BasicPay,
            Gazetted = r.Gazetted,
            Contractual = r.EmploymentType == EmploymentType.Contractual,
            Disability = r.Disability,
            ExemptionApproved = r.ExemptionStatus == ExemptionStatus.Approved,
            RetirementDate = r.RetirementDate,
            VoterUnit = Code(r.VoterUnitId),
            ResidenceUnit = Code(r.ResidenceUnitId),
            HomeUnit = Code(r.HomeUnitId),
            OfficeUnit = Code(r.OfficeUnitId),
            SpouseKey = couples.KeyOf(r.Id),
            OfficeFinalized = true,
        }).ToList();
        return new DrawInput
        {
            ElectionId = election.Id.ToString(CultureInfo.InvariantCulture),
            Settings = SettingsOf(election),
            Units = units,
            Stations = stations.OrderBy(s => s.UnitCode, StringComparer.Ordinal).ThenBy(s => s.Number).ToList(),
            // One duty per person: holders of an accepted stage of any duty (and their spouses) are not drawn again.
            Pool = Duties.DutyLedgerStore.Without(pool, (await Duties.DutyLedgerStore.HoldingsAsync(db, election.Id, ct)).Where(blocks).Select(h => h.EmployeeId).ToHashSet()),
        };
    }

    public static DrawSettings SettingsOf(Election e) => new()
    {
        PollDate = e.PollDate,
        RetirementMarginMonths = e.RetirementMarginMonths,
        PresidingMinPayLevel = e.PresidingMinPayLevel,
        PollingOfficer1MinPayLevel = e.PollingOfficer1MinPayLevel,
        PresidingAllowGazetted = e.PresidingFromGazetted,
        IncludeFourthOfficer = e.IncludeFourthPollingOfficer,
        FourthOfficerElectorsThreshold = e.FourthOfficerElectorsThreshold,
        ReservePercent = e.ReservePercent,
        NoSameDepartment = e.NoTwoFromSameDepartment,
        WomenRule = e.WomenRule == WomenInPartyRule.NoneOrAtLeastTwo ? WomenRule.NoneOrAtLeastTwo : WomenRule.None,
        AllWomenForWomenManaged = true,
    };

    public static DrawGender Map(Gender gender) => gender switch
    {
        Gender.Female => DrawGender.F,
        Gender.ThirdGender => DrawGender.T,
        _ => DrawGender.M,
    };
}
