namespace ElectionTool.Hosting;

/// <summary>The "District" section of appsettings.json.</summary>
public sealed class DistrictOptions
{
    public const string Section = "District";
    public string Name { get; set; } = "District"; // English: the district's name is data, set in appsettings.json
    public string NameHindi { get; set; } = "";

    /// <summary>The address operators type to reach the app on the LAN; printed on credential slips.</summary>
    public string SignInAddress { get; set; } = "";

    /// <summary>The district's time zone (IANA id): dates on certificates, charts and file names are its local dates.</summary>
    public string TimeZone { get; set; } = "Asia/Kolkata";

    /// <summary>The interface language until a user chooses one: <c>en-IN</c> or <c>hi-IN</c>.</summary>
    public string DefaultLanguage { get; set; } = "en-IN";

    /// <summary>Hindi pages show numbers and dates in Devanagari digits (१,२३,४५६).</summary>
    public bool DevanagariDigits { get; set; }

    /// <summary>Appointment orders and notices print Hindi above English, whatever the user's language.</summary>
    public bool BilingualOrders { get; set; }
}

/// <summary>The "Election" section of appsettings.json: defaults that apply across elections.</summary>
public sealed class ElectionDefaultsOptions
{
    public const string Section = "Election";
    public int SuperannuationAge { get; set; } = 60;
    public bool RequireTwoFactorForAdmin { get; set; } = true;
}
