using ElectionTool.Features.Accounts;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Accounts;

public sealed class CredentialSlipStoreTests
{
    private static readonly CredentialSlip[] Slips = [new("REV-001", "Operator, Tehsil", "Office operator", "REV-001", "Tehsil", "Abc2-Def3-Ghj4")];

    [Fact]
    public void An_unprinted_batch_stays_for_its_admin_for_the_working_day_then_goes()
    {
        var clock = new FakeClock();
        var store = new CredentialSlipStore(clock);
        var batch = store.Keep("it-admin", Slips);

        clock.Advance(TimeSpan.FromHours(7));
        Assert.Equal([batch.Id], store.Pending("it-admin").Select(b => b.Id));
        Assert.Empty(store.Pending("other-admin"));
        Assert.Null(store.Find("other-admin", batch.Id));

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Empty(store.Pending("it-admin"));
        Assert.Null(store.Find("it-admin", batch.Id));
    }

    [Fact]
    public void A_printed_batch_can_be_reprinted_for_half_an_hour_then_goes()
    {
        var clock = new FakeClock();
        var store = new CredentialSlipStore(clock);
        var batch = store.Keep("it-admin", Slips);

        Assert.NotNull(store.OpenForPrinting("it-admin", batch.Id)!.PrintedAt);
        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.NotNull(store.OpenForPrinting("it-admin", batch.Id));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(store.OpenForPrinting("it-admin", batch.Id));
    }

    [Fact]
    public void A_discarded_batch_is_gone()
    {
        var store = new CredentialSlipStore(new FakeClock());
        var batch = store.Keep("it-admin", Slips);

        store.Discard("it-admin", batch.Id);

        Assert.Empty(store.Pending("it-admin"));
    }
}
