using ElectionTool.Data.Entities;
using ElectionTool.Features.Exemptions;
using ElectionTool.Features.Finalization;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.OfficeStaff;

[Trait("Database", "Both")]
public sealed class ExemptionServiceTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private int _office;
    private int _person;

    private ExemptionService Exemptions => _h.Get<ExemptionService>();

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        _office = await _h.OfficeAsync();
        _person = (await _h.FillAsync(_office, 1))[0];
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task A_request_marks_the_person_and_is_audited()
    {
        var refusal = await Exemptions.RequestAsync(_office, _person, ExemptionReason.Medical, "Surgery scheduled", default);

        Assert.Null(refusal);
        await using var db = _h.Db();
        var person = await db.Employees.SingleAsync(e => e.Id == _person);
        Assert.Equal((ExemptionStatus.Requested, ExemptionReason.Medical, "Surgery scheduled"), (person.ExemptionStatus, person.ExemptionReason, person.ExemptionNote));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "Request exemption" && a.UserName == ServiceHarness.Actor));
    }

    [Fact]
    public async Task A_request_is_refused_when_the_list_is_finalized()
    {
        Assert.True((await _h.Get<FinalizationService>().FinalizeAsync(_office, true, default)).Succeeded);

        var refusal = await Exemptions.RequestAsync(_office, _person, ExemptionReason.PregnancyOrMaternity, null, default);

        Assert.Contains("finalized and locked", refusal);
        await using var db = _h.Db();
        Assert.Equal(ExemptionStatus.None, (await db.Employees.SingleAsync(e => e.Id == _person)).ExemptionStatus);
    }

    [Fact]
    public async Task The_admin_decision_is_recorded_with_its_remark_and_audited()
    {
        await Exemptions.RequestAsync(_office, _person, ExemptionReason.EssentialService, null, default);

        var refusal = await Exemptions.DecideAsync(_person, approve: true, "Hospital duty during poll", default);

        Assert.Null(refusal);
        await using var db = _h.Db();
        var person = await db.Employees.SingleAsync(e => e.Id == _person);
        Assert.Equal((ExemptionStatus.Approved, "Hospital duty during poll"), (person.ExemptionStatus, person.ExemptionDecisionRemark));
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "Approve exemption");
        Assert.Contains("Requested", audit.Before);
        Assert.Contains("Approved", audit.After);
    }

    [Fact]
    public async Task Rejecting_needs_a_remark_and_nothing_pending_cannot_be_decided()
    {
        Assert.Contains("No exemption is pending", await Exemptions.DecideAsync(_person, true, null, default));
        await Exemptions.RequestAsync(_office, _person, ExemptionReason.Other, "Personal", default);

        Assert.Contains("remark", await Exemptions.DecideAsync(_person, false, " ", default));
        Assert.Null(await Exemptions.DecideAsync(_person, false, "Not a ground for exemption", default));
    }
}
