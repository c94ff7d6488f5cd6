namespace ElectionTool.Data.Entities;

/// <summary>
/// Beside each draw run: the SHA-256 of its Id → person mapping (the people its pseudonymous texts refer to). The
/// mapping stays private and is printed on the sealed sheet; the commitment is published in the audit bundle, so
/// nobody can swap who an Id stands for after the draw.
/// </summary>
public class DrawPeopleCommitment
{
    public long RunId { get; set; }
    public DrawRun? Run { get; set; }
    public required string Sha256 { get; set; }

    /// <summary>How many people the mapping holds.</summary>
    public int People { get; set; }
}
