namespace ElectionTool.Data.Entities;

/// <summary>Form 12: postal ballot (voter elsewhere). Form 12A: Election Duty Certificate (voter where they serve).</summary>
public enum BallotForm
{
    Form12,
    Form12A,
}

/// <summary>Where a person's postal ballot or EDC stands; steps only move forward except by the Admin.</summary>
public enum BallotStep
{
    NotIssued = 0,
    FormIssued = 1,
    ApplicationReceived = 2,
    BallotIssued = 3,
    Voted = 4,
}

/// <summary>One drafted person's Form 12 / 12A, tracked from form to vote.</summary>
public class PostalBallotRecord
{
    public long Id { get; set; }
    public int ElectionId { get; set; }
    public int EmployeeId { get; set; }
    public Employee? Employee { get; set; }
    public BallotForm Form { get; set; }

    /// <summary>The unit of duty the form was decided on: stage 2's unit until stage 3 allots a station.</summary>
    public required string DutyUnitCode { get; set; }
    public string VoterUnitCode { get; set; } = "";
    public BallotStep Step { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
