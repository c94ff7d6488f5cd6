namespace ElectionTool.Data.Entities;

/// <summary>A place where drafted staff are trained; its block is matched against the offices' blocks.</summary>
public class TrainingVenue
{
    public int Id { get; set; }
    public int ElectionId { get; set; }
    public required string Name { get; set; }
    public string Address { get; set; } = "";
    public string Block { get; set; } = "";
    public List<TrainingHall> Halls { get; set; } = [];
}

public class TrainingHall
{
    public int Id { get; set; }
    public int VenueId { get; set; }
    public TrainingVenue? Venue { get; set; }
    public required string Name { get; set; }
    public int Capacity { get; set; }
}

/// <summary>One batch: a round of training in a hall at a time, for the duties it lists.</summary>
public class TrainingSession
{
    public int Id { get; set; }
    public int ElectionId { get; set; }
    public int HallId { get; set; }
    public TrainingHall? Hall { get; set; }
    public int Round { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }

    /// <summary>Comma-separated duty names (e.g. "PresidingOfficer,PollingOfficer1").</summary>
    public string Duties { get; set; } = "";
}

/// <summary>A drafted person's place in a batch, and whether they came.</summary>
public class TrainingSeat
{
    public long Id { get; set; }
    public int ElectionId { get; set; }
    public int SessionId { get; set; }
    public TrainingSession? Session { get; set; }
    public int EmployeeId { get; set; }
    public Employee? Employee { get; set; }
    public int Round { get; set; }
    public DateTimeOffset? AttendedAt { get; set; }
    public string? MarkedBy { get; set; }
}

/// <summary>A batch allotment: the seed it was run from and the hashes of what went in and came out.</summary>
public class TrainingAllotmentRun
{
    public long Id { get; set; }
    public int ElectionId { get; set; }
    public required string Seed { get; set; }
    public required string InputHash { get; set; }
    public required string OutputHash { get; set; }
    public int Placed { get; set; }
    public int Unplaced { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
}

public enum ShowCauseOutcome
{
    AwaitingReply,
    CauseAccepted,
    SentToLaterSession,
    Replaced,
    ActionProposed,
}

/// <summary>A show-cause notice to a drafted person absent from training (RP Act 1951 s.134).</summary>
public class ShowCauseNotice
{
    public long Id { get; set; }
    public long SeatId { get; set; }
    public TrainingSeat? Seat { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public DateOnly ReplyBy { get; set; }
    public string? Reply { get; set; }
    public ShowCauseOutcome Outcome { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}
