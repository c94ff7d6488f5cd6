using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Common;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Language;
using ElectionTool.Features.Maps;
using ElectionTool.Features.Masters.Departments;
using ElectionTool.Features.Masters.Import;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Language;

/// <summary>
/// Messages made by the draw, masters and maps services read in the user's language: the draw engine's findings
/// (translated at the app's edge, the engine's own text untouched), an import's problems, the enum values on screens.
/// </summary>
public sealed class HindiServiceMessagesTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync() => _h = await ServiceHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public void A_draw_finding_reads_in_Hindi_and_the_engine_keeps_its_English()
    {
        var pool = new DrawFinding(DrawRules.Pool, "All roles: need 120, eligible 80.", 120, 80);
        var women = new DrawFinding(DrawRules.Women,
            "Presiding Officers: 40 seats, only 31 can be filled by women who may serve in the unit; short in the district as a whole.", 40, 31);
        var stopped = new DrawFinding(DrawRules.Parties, DrawStageTwo.NoArrangement, 0, 0);

        using (InLanguage.Hindi())
        {
            Assert.Equal("सभी भूमिकाएँ: आवश्यक 120, पात्र 80।", DrawFindingTexts.Message(pool));
            Assert.Equal("पीठासीन अधिकारी: 40 पद, केवल 31 पद ऐसी महिलाओं से भरे जा सकते हैं जो उस इकाई में ड्यूटी कर सकती हैं; कमी: पूरा ज़िला।",
                DrawFindingTexts.Message(women));
            Assert.StartsWith("16 प्रयासों में हर नियम का पालन करने वाली कोई व्यवस्था नहीं मिली", DrawFindingTexts.Message(stopped));
            Assert.Equal("गृह क्षेत्र में तैनाती नहीं", DrawFindingTexts.Rule(DrawRules.NotPostedAtHome));
            Assert.Equal("पीठासीन अधिकारी", DrawFindingTexts.Rule(DrawRules.Role(Role.PresidingOfficer)));
        }
        using (new InLanguage(AppCultures.English))
        {
            Assert.Equal(pool.Message, DrawFindingTexts.Message(pool));
            Assert.Equal(women.Message, DrawFindingTexts.Message(women));
            Assert.Equal(stopped.Message, DrawFindingTexts.Message(stopped));
        }
        Assert.Equal("All roles: need 120, eligible 80.", pool.Message);
    }

    [Fact]
    public void Duty_and_counting_replacement_refusals_read_in_Hindi_with_the_duty_named_in_Hindi()
    {
        // The engines' wordings (DutyReplacement, CountingReplacement); the counting ones after the app puts the name first.
        const string noSectorReserve = "No reserve sector officer can take AC-201-S01 (AC-201): 2 break same-office.";
        const string notDrafted = "रमेश कुमार: is not drafted in this draw.";
        const string noHallReserve = "No reserve counting assistant of hall AC-201-H1 keeps every rule at table 4: 1 break same-office.";

        using (InLanguage.Hindi())
        {
            Assert.Equal("कोई आरक्षित सेक्टर अधिकारी AC-201-S01 (AC-201) का स्थान नहीं ले सकता: 2 break same-office।", DrawFindingTexts.Message(noSectorReserve));
            Assert.Equal("रमेश कुमार: इस रैंडमाइजेशन में चयनित नहीं है।", DrawFindingTexts.Message(notDrafted));
            Assert.StartsWith("हॉल AC-201-H1 का कोई आरक्षित ", DrawFindingTexts.Message(noHallReserve));
            Assert.DoesNotContain("counting assistant", DrawFindingTexts.Message(noHallReserve));
        }
        using (new InLanguage(AppCultures.English))
        {
            Assert.Equal(noSectorReserve, DrawFindingTexts.Message(noSectorReserve));
            Assert.Equal(notDrafted, DrawFindingTexts.Message(notDrafted));
        }
    }

    [Fact]
    public void An_engine_message_not_known_to_the_app_shows_as_the_engine_wrote_it()
    {
        using var _ = InLanguage.Hindi();

        Assert.Equal("Something new the engine says.", DrawFindingTexts.Message("Something new the engine says."));
    }

    [Fact]
    public void A_draw_refusal_reads_in_Hindi()
    {
        using var _ = InLanguage.Hindi();

        Assert.Equal("हॉल में घोषित सीड दर्ज करें (जैसे प्रेक्षक द्वारा फेंके गए पासों के अंक)।", DrawSeed.Problem(""));
    }

    [Fact]
    public async Task A_masters_import_explains_a_bad_row_and_a_bad_file_in_Hindi()
    {
        var csv = "Code,Name,Category\nHLT,Health,Nonsense\n";
        using var _ = InLanguage.Hindi();

        var report = await _h.Get<MasterImporter>().ImportAsync(_h.Get<DepartmentService>(), new MemoryStream(Encoding.UTF8.GetBytes(csv)), default);
        var empty = await _h.Get<MasterImporter>().ImportAsync(_h.Get<DepartmentService>(), new MemoryStream(), default);

        var rejected = Assert.Single(report.Rejected);
        Assert.Equal("'Nonsense' इनमें से नहीं है: State Govt, Central Govt, State PSU, Central PSU, Bank, Local Body, Aided Institution, Other।",
            rejected.Reason);
        Assert.Equal("1 पंक्तियाँ पढ़ी गईं: 0 नई, 0 अद्यतन, 0 अपरिवर्तित, 1 अस्वीकृत।", report.Summary);
        Assert.Equal("फ़ाइल खाली है।", empty.Summary);
    }

    [Fact]
    public void A_map_file_problem_reads_in_Hindi()
    {
        const string pointNotPolygon = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"unit":"AC-071"},"geometry":{"type":"Point","coordinates":[77.41,23.25]}}]}
            """;
        using var _ = InLanguage.Hindi();

        var notJson = Assert.Single(GeoJsonBoundaryReader.Read("not json").Problems);
        var point = Assert.Single(GeoJsonBoundaryReader.Read(pointNotPolygon).Problems);

        Assert.Equal("फ़ाइल", notJson.Label);
        Assert.StartsWith("फ़ाइल मान्य JSON नहीं है (", notJson.Message);
        Assert.Equal("फ़ीचर 1 (AC-071)", point.Label);
        Assert.Equal("यह Point है, बहुभुज (पॉलीगॉन) नहीं", point.Message);
    }

    [Fact]
    public void Enum_values_show_in_Hindi_and_files_keep_the_English_words()
    {
        using (InLanguage.Hindi())
        {
            Assert.Equal("राज्य सार्वजनिक उपक्रम", EnumText.Display(DepartmentCategory.StatePsu));
            Assert.Equal("तृतीय लिंग", EnumText.Display(Gender.ThirdGender));
            Assert.Equal("स्थानीय निकाय", EnumText.Display(DepartmentCategory.LocalBody));
            Assert.Equal("ग्राम पंचायत", EnumText.Display(LocalBodyKind.GramPanchayat));
            Assert.Equal("विधानसभा", EnumText.Display(ElectionType.Assembly));
            Assert.True(EnumText.TryParse<DepartmentCategory>("State PSU", out var typed));
            Assert.Equal(DepartmentCategory.StatePsu, typed);
            Assert.Equal("Nagar Nigam, Nagar Palika, Nagar Panchayat, Janpad Panchayat, Gram Panchayat", EnumText.Choices<LocalBodyKind>());
        }
        using (new InLanguage(AppCultures.English))
        {
            Assert.Equal("State PSU", EnumText.Display(DepartmentCategory.StatePsu));
        }
    }

    [Fact]
    public void Every_enum_value_a_screen_shows_has_a_Hindi_text()
    {
        using var _ = InLanguage.Hindi();

        var untranslated = Words<Gender>().Concat(Words<ElectionType>()).Concat(Words<DepartmentCategory>()).Concat(Words<LocalBodyKind>())
            .Where(v => v.Shown == v.English).Select(v => v.English).ToList();

        Assert.Empty(untranslated);
    }

    private static IEnumerable<(string English, string Shown)> Words<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (EnumText.Words(v), EnumText.Display(v)));
}
