using ElectionTool.Resources;

namespace ElectionTool.Features.Masters;

/// <summary>
/// The master forms' data-annotation messages in the user's language: an attribute's argument must be a constant, so
/// the input models name these properties (<c>ErrorMessageResourceType = typeof(MasterValidationTexts),
/// ErrorMessageResourceName = …</c>) and the attribute reads the text when it validates, in the circuit's culture.
/// </summary>
public static class MasterValidationTexts
{
    public static string CodeShape => UiText.Of("Code: up to 30 letters, digits, - _ or /, starting with a letter or digit.");

    public static string EnterConstituencyName => UiText.Of("Enter the constituency's name.");

    public static string AcNumber => UiText.Of("Number: the AC number, 1 to 999.");

    public static string EnterDepartmentCode => UiText.Of("Enter the department code.");

    public static string EnterDepartmentName => UiText.Of("Enter the department name.");

    public static string EnterLocalBodyCode => UiText.Of("Enter the local body code.");

    public static string LocalBodyCodeLength => UiText.Of("Code: at most 15 characters (ward codes are made from it).");

    public static string EnterLocalBodyName => UiText.Of("Enter the local body's name.");

    public static string WardNumber => UiText.Of("Number: the ward number, 1 to 999.");

    public static string EnterWardName => UiText.Of("Enter the ward's name.");

    public static string EnterOfficeCode => UiText.Of("Enter the office code.");

    public static string EnterOfficeName => UiText.Of("Enter the office name.");

    public static string ChooseDepartment => UiText.Of("Choose the department (by its code).");

    public static string EnterPin => UiText.Of("Enter the PIN code.");

    public static string PinShape => UiText.Of("PIN: 6 digits, not starting with 0.");

    public static string PhoneShape => UiText.Of("Phone: 6 to 20 digits, spaces, + - ( ).");

    public static string EmailShape => UiText.Of("Email: not a valid address.");

    public static string EnterHeadMobile => UiText.Of("Enter the head of office's mobile.");

    public static string HeadMobileShape => UiText.Of("Head's mobile: a 10-digit Indian mobile starting with 6–9.");

    public static string DeclaredTotalRange => UiText.Of("Declared total: 0 to 100000.");

    public static string DeclaredMaleRange => UiText.Of("Declared male: 0 to 100000.");

    public static string DeclaredFemaleRange => UiText.Of("Declared female: 0 to 100000.");

    public static string ChooseUnit => UiText.Of("Choose the constituency unit (AC or ward code).");

    public static string StationNumber => UiText.Of("Number: the station's number in its unit, 1 to 9999.");

    public static string EnterStationName => UiText.Of("Enter the polling station's name.");

    public static string ElectorsRange => UiText.Of("Electors: 0 to 10000.");

    public static string LatitudeRange => UiText.Of("Latitude: decimal degrees within India, 6 to 38 (e.g. 23.2599).");

    public static string LongitudeRange => UiText.Of("Longitude: decimal degrees within India, 68 to 98 (e.g. 77.4126).");
}
