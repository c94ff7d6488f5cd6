using System.ComponentModel.DataAnnotations;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Accounts;
using ElectionTool.Features.Common;
using ElectionTool.Features.Elections;
using ElectionTool.Features.Integrations;
using ElectionTool.Features.Language;
using ElectionTool.Features.PendingOffices;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ElectionTool.Tests.Features.Language;

/// <summary>Services' refusals, validation texts, labels and notices reach a Hindi user in Hindi, an English user in English.</summary>
public sealed class HindiAccountAndElectionMessagesTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync() => _h = await ServiceHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static ElectionInput Input(string name) => new()
    {
        Name = name,
        PollDate = new DateTime(2028, 11, 20),
        EntryDeadline = new DateTime(2028, 10, 15),
    };

    [Fact]
    public async Task Deleting_the_current_election_is_refused_in_Hindi()
    {
        var service = _h.Get<ElectionService>();
        await service.SaveAsync(Input("Vidhan Sabha 2028"), default);
        await using var db = _h.Db();
        var id = await db.Elections.Select(e => e.Id).SingleAsync();

        using (InLanguage.Hindi())
        {
            Assert.Equal("Vidhan Sabha 2028 वर्तमान निर्वाचन है; पहले किसी दूसरे निर्वाचन को वर्तमान बनाएँ।", await service.DeleteAsync(id, default));
        }
        using (new InLanguage(AppCultures.English))
        {
            Assert.Equal("Vidhan Sabha 2028 is the current election; make another election current first.", await service.DeleteAsync(id, default));
        }
    }

    [Fact]
    public async Task An_account_for_an_unknown_office_is_refused_in_Hindi()
    {
        using var _ = InLanguage.Hindi();

        var outcome = await _h.Get<AccountService>().CreateAccountAsync(
            new NewAccountInput { UserName = "op-404", FullName = "Operator", Role = Roles.OfficeOperator, OfficeCode = "NOPE-404" }, default);

        Assert.Null(outcome.Slip);
        Assert.Equal("कार्यालय कोड 'NOPE-404' मौजूद नहीं है।", outcome.Error);
    }

    [Fact]
    public void The_election_forms_data_annotations_speak_the_users_language()
    {
        var input = Input("");
        input.ReservePercent = 150;

        using (InLanguage.Hindi())
        {
            var hindi = Errors(input);
            Assert.Contains("निर्वाचन का नाम लिखें।", hindi);
            Assert.Contains("आरक्षित 0 से 100 प्रतिशत के बीच होना चाहिए।", hindi);
        }
        using (new InLanguage(AppCultures.English))
        {
            Assert.Contains("Enter the election's name.", Errors(input));
        }
    }

    [Fact]
    public void A_name_longer_than_its_column_is_refused_in_the_users_language()
    {
        var input = Input(new string('x', 201));

        using (InLanguage.Hindi())
        {
            Assert.Contains("अधिकतम 200 अक्षर।", Errors(input));
        }
        using (new InLanguage(AppCultures.English))
        {
            Assert.Contains("At most 200 characters.", Errors(input));
        }
    }

    [Fact]
    public void Roles_states_scopes_genders_and_the_reminder_read_in_Hindi()
    {
        var clock = new DistrictClock(new FakeClock(), Options.Create(new DistrictOptions()));
        var reminders = new OfficeReminderService(null!, null!, clock, null!);
        var revoked = new IntegrationSummary(1, "Treasury", "et_ab", [], [], [], DateTimeOffset.UnixEpoch, null, DateTimeOffset.UnixEpoch, null, 0);

        using (InLanguage.Hindi())
        {
            Assert.Equal("नोडल अधिकारी", Roles.Display(Roles.NodalOfficer));
            Assert.Equal("निरस्त", revoked.State(DateTimeOffset.UnixEpoch));
            Assert.Equal("पुरुष", GenderText.Word(Gender.Male));
            Assert.Equal("महिला", GenderText.Word(Gender.Female));
            Assert.StartsWith("कृपया अपने कार्यालय की कर्मचारी सूची पूरी करें", reminders.DefaultMessage(null));
            Assert.Equal("चुने गए कार्यालयों या विभागों के कर्मचारी पढ़ना", IntegrationScopes.Describe(IntegrationScopes.StaffRead));
        }
        using (new InLanguage(AppCultures.English))
        {
            Assert.Equal("Nodal officer", Roles.Display(Roles.NodalOfficer));
            Assert.Equal("Male", GenderText.Word(Gender.Male));
            Assert.StartsWith("Please complete your office's staff list", reminders.DefaultMessage(null));
        }
    }

    private static List<string> Errors(object input)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? "").ToList();
    }
}
