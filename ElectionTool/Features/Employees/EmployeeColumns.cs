using ElectionTool.Features.Language;
using ElectionTool.Resources;

namespace ElectionTool.Features.Employees;

/// <summary>
/// A column of the prescribed staff format: the key (also the export heading), English and Hindi headings, and a hint
/// on how to fill it (written in English here, shown in the user's language).
/// </summary>
public sealed record EmployeeColumn(
    string Key, string English, string Hindi, bool Required, string Example, string EnglishHint,
    Func<EmployeeInput, string> Get, Action<EmployeeInput, string> Set)
{
    /// <summary>How to fill the column, in the user's language ("" when the heading says it all).</summary>
    public string Hint => EnglishHint.Length == 0 ? "" : UiText.Of(EnglishHint);

    /// <summary>The hint in both languages, as the bilingual template's guide gives it.</summary>
    public string BilingualHint => EnglishHint.Length == 0 ? "" : $"{EnglishHint} / {UiText.In(AppCultures.Hindi, EnglishHint)}";

    /// <summary>The heading written in the template: "Name / नाम".</summary>
    public string TemplateHeading => $"{Key} / {Hindi}";

    /// <summary>True when a file heading names this column: the key, the English label or the bilingual heading.</summary>
    public bool Matches(string heading)
    {
        var h = heading.Trim().TrimStart('\uFEFF');
        var english = h.Split(" / ")[0].Trim();
        return string.Equals(english, Key, StringComparison.OrdinalIgnoreCase)
            || string.Equals(english, English, StringComparison.OrdinalIgnoreCase)
            || string.Equals(h, TemplateHeading, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>The prescribed format, in template order. Grid, template, import and export all read this list.</summary>
public static class EmployeeColumns
{
    /// <summary>The template's example row says so in its Remarks; the import skips it (as it skips the example EPIC).</summary>
    public const string ExampleMarker = "EXAMPLE - not imported / उदाहरण - आयात नहीं होगा";

    // English: keys and English headings are the file format the importer reads back (Shown() gives the Hindi heading beside each); examples are data; hints are resource keys read through UiText
    public static readonly IReadOnlyList<EmployeeColumn> All =
    [
        new("Name", "Name", "नाम", true, "राम कुमार शर्मा", "As in the service record", i => i.Name, (i, v) => i.Name = v),
        new("FatherOrHusbandName", "Father's/Husband's name", "पिता/पति का नाम", true, "श्याम लाल शर्मा", "", i => i.FatherOrHusbandName, (i, v) => i.FatherOrHusbandName = v),
        new("Gender", "Gender", "लिंग", true, "M", "M, F or T", i => i.Gender, (i, v) => i.Gender = v),
        new("DateOfBirth", "Date of birth", "जन्म तिथि", true, "15-08-1975", "dd-mm-yyyy", i => i.DateOfBirth, (i, v) => i.DateOfBirth = v),
        new("Mobile", "Mobile", "मोबाइल", true, "9876543210", "10 digits", i => i.Mobile, (i, v) => i.Mobile = v),
        new("Email", "E-mail", "ईमेल", false, "", "", i => i.Email, (i, v) => i.Email = v),
        new("Designation", "Designation", "पदनाम", true, "सहायक ग्रेड-2", "", i => i.Designation, (i, v) => i.Designation = v),
        new("EmployeeId", "Employee ID", "कर्मचारी कोड", false, "", "Department's ID, if any", i => i.EmployeeId, (i, v) => i.EmployeeId = v),
        new("ServiceGroup", "Service group", "सेवा वर्ग", true, "C", "A, B, C or D", i => i.ServiceGroup, (i, v) => i.ServiceGroup = v),
        new("Gazetted", "Gazetted", "राजपत्रित", true, "false", "true/false", i => i.Gazetted, (i, v) => i.Gazetted = v),
        new("PayLevel", "Pay level", "वेतन स्तर", true, "6", "7th CPC level 1–18", i => i.PayLevel, (i, v) => i.PayLevel = v),
        new("BasicPay", "Basic pay", "मूल वेतन", true, "41100", "Rupees", i => i.BasicPay, (i, v) => i.BasicPay = v),
        new("EmploymentType", "Employment type", "नियोजन प्रकार", true, "Regular", "Regular or Contractual", i => i.EmploymentType, (i, v) => i.EmploymentType = v),
        new("DateOfJoining", "Date of joining", "नियुक्ति तिथि", false, "01-07-2001", "dd-mm-yyyy", i => i.DateOfJoining, (i, v) => i.DateOfJoining = v),
        new("EPIC", "EPIC number", "मतदाता पहचान पत्र क्र.", true, "ABC1234567", "3 letters + 7 digits", i => i.Epic, (i, v) => i.Epic = v),
        new("VoterUnit", "Registered as voter in", "मतदाता पंजीकृत क्षेत्र", true, "AC-201", "Unit code", i => i.VoterUnit, (i, v) => i.VoterUnit = v),
        new("VoterPart", "Part number", "भाग संख्या", false, "", "", i => i.VoterPart, (i, v) => i.VoterPart = v),
        new("VoterSerial", "Serial number", "सरल क्रमांक", false, "", "", i => i.VoterSerial, (i, v) => i.VoterSerial = v),
        new("ResidenceUnit", "Residence in", "निवास क्षेत्र", false, "AC-201", "Unit code", i => i.ResidenceUnit, (i, v) => i.ResidenceUnit = v),
        new("HomeUnit", "Home (native) unit", "गृह क्षेत्र", false, "AC-203", "Unit code", i => i.HomeUnit, (i, v) => i.HomeUnit = v),
        new("BankAccount", "Bank account", "बैंक खाता क्र.", false, "12345678901", "", i => i.BankAccount, (i, v) => i.BankAccount = v),
        new("IFSC", "IFSC", "आईएफएससी", false, "SBIN0001234", "4 letters, 0, 6 letters/digits", i => i.Ifsc, (i, v) => i.Ifsc = v),
        new("Disability", "Person with disability", "दिव्यांग", false, "false", "true/false", i => i.Disability, (i, v) => i.Disability = v),
        new("SpouseInGovtService", "Spouse in govt service", "पति/पत्नी शासकीय सेवा में", false, "false", "true/false", i => i.SpouseInGovtService, (i, v) => i.SpouseInGovtService = v),
        new("SpouseEPIC", "Spouse's EPIC", "पति/पत्नी का EPIC", false, "", "", i => i.SpouseEpic, (i, v) => i.SpouseEpic = v),
        new("SpouseMobile", "Spouse's mobile", "पति/पत्नी का मोबाइल", false, "", "", i => i.SpouseMobile, (i, v) => i.SpouseMobile = v),
        new("Remarks", "Remarks", "टिप्पणी", false, ExampleMarker, "", i => i.Remarks, (i, v) => i.Remarks = v),
    ];

    public static EmployeeColumn? Find(string heading) => All.FirstOrDefault(c => c.Matches(heading));
}
