using ElectionTool.Data.Entities;

namespace ElectionTool.Features.Draw;

/// <summary>A drafted person as printed: the draw's record joined to the office's current details.</summary>
public sealed record PrintedPerson(int EmployeeId, string Name, string Epic, string Designation, string OfficeCode, string OfficeName,
    string Gender, int PayLevel, decimal BasicPay, string Mobile);

public sealed record TrainingRow(string Role, string RoleTitle, PrintedPerson Person);

public sealed record PartyMemberRow(string Role, string RoleTitle, PrintedPerson Person);

public sealed record PartyRow(int? PartyNumber, string UnitCode, bool IsReserve, bool AllWomen, IReadOnlyList<PartyMemberRow> Members);

public sealed record UnitParties(string UnitCode, string UnitName, IReadOnlyList<PartyRow> Parties);

/// <summary>An appointment order: never names the polling station (that is decided, and sealed, in stage 3).</summary>
public sealed record AppointmentOrder(PrintedPerson Person, string Role, string RoleTitle, string UnitCode, string UnitName, int? PartyNumber,
    bool IsReserve, IReadOnlyList<PartyMemberRow> Party, ReprintKind? Mark);

public sealed record AllotmentRow(int PartyNumber, int StationNumber, string StationName, bool WomenManaged);

public sealed record UnitAllotments(string UnitCode, string UnitName, IReadOnlyList<AllotmentRow> Rows);

/// <summary>The header every print page carries: election, accepted run and its hashes.</summary>
public sealed record PrintHeader(string ElectionName, DateOnly PollDate, int Stage, string Seed, string InputHash, string OutputHash, DateTimeOffset? AcceptedAt);

public sealed record OrderDetailsInput
{
    public string OrderNumber { get; set; } = "";
    public string TrainingPlace { get; set; } = "";
    public string TrainingTime { get; set; } = "";
    public string ReportingPlace { get; set; } = "";
    public string ReportingTime { get; set; } = "";
    public string Signatory { get; set; } = "District Election Officer"; // English: data the Admin edits on the order details form
}

public sealed record PartyExportRow(string Unit, int? PartyNumber, string Role, string EPIC, string Name, string OfficeCode, string Gender,
    int PayLevel, decimal BasicPay, bool IsReserve);

public sealed record AllotmentExportRow(string Unit, int PartyNumber, int StationNumber, string StationName, bool WomenManaged);

public sealed record TrainingExportRow(string Role, string EPIC, string Name, string Designation, string OfficeCode, string OfficeName, string Gender, string Mobile);
