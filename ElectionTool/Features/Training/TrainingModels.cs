using ElectionTool.Data.Entities;

namespace ElectionTool.Features.Training;

public sealed class TrainingRefusedException(string message) : InvalidOperationException(message);

public sealed record HallInput(string Name, int Capacity);

public sealed record VenueInput(string Name, string Address, string Block, IReadOnlyList<HallInput> Halls);

public sealed record HallRow(int Id, string Name, int Capacity);

public sealed record VenueRow(int Id, string Name, string Address, string Block, IReadOnlyList<HallRow> Halls);

public sealed record SessionInput(int HallId, int Round, DateOnly Date, TimeOnly Start, TimeOnly End, IReadOnlyList<string> Duties);

/// <summary>A batch as listed: where, when, for whom, and how full it is.</summary>
public sealed record SessionRow(int Id, int Round, DateOnly Date, TimeOnly Start, TimeOnly End, string VenueName, string VenueAddress, string Block,
    string HallName, int Capacity, IReadOnlyList<string> Duties, int Allotted, int Present)
{
    public int HallId { get; init; }

    public string Label => $"Round {Round} · {Date:dd-MM-yyyy} {Start:HH\\:mm}–{End:HH\\:mm} · {VenueName}, {HallName}";
}

public sealed record AllotmentSummary(long RunId, string Seed, string InputHash, string OutputHash, int Placed, int NearOffice,
    IReadOnlyList<UnplacedTrainee> Unplaced, int Drafted);

/// <summary>What a move of several people did: how many moved, and each refusal with the person's name.</summary>
public sealed record MoveReport(int Moved, IReadOnlyList<string> Refused);

public sealed record SeatRow(long SeatId, int EmployeeId, string Name, string Epic, string Designation, string OfficeCode, string OfficeName,
    string Duty, DateTimeOffset? AttendedAt, ShowCauseOutcome? Notice, DateOnly? ReplyBy);

public enum AttendanceKind
{
    Marked,
    AlreadyMarked,
    OtherBatch,
    NotAllotted,
    NotFound,
}

public sealed record AttendanceResult(AttendanceKind Kind, string Message, string? Name, DateTimeOffset? At)
{
    public bool Present => Kind is AttendanceKind.Marked or AttendanceKind.AlreadyMarked;
}

/// <summary>Attendance of one batch, or of one duty over all batches.</summary>
public sealed record AttendanceFigure(string Label, int Allotted, int Present, int Absent, bool Over)
{
    public double AbsentRate => Allotted == 0 ? 0 : (double)Absent / Allotted;
}

public sealed record TrainingBatchText(int Round, string Text);
