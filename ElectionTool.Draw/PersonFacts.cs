using System.Runtime.CompilerServices;

namespace ElectionTool.Draw;

/// <summary>
/// What the party rules read of one drafted person, side by side: the repair weighs thousands of candidates for a
/// seat, each then one read of 32 bytes (a cache line) rather than a read in each of five arrays.
/// </summary>
internal struct PersonFacts
{
    /// <summary>Four unit indexes (voter, residence, home, office), -1 when not a drawn unit.</summary>
    public FourUnits Excluded;

    /// <summary>Office number, 0 to <see cref="StageTwoPeople.OfficeCount"/> - 1 in order of first appearance.</summary>
    public int Office;

    /// <summary>Department index, or a value unique to the person when departments may repeat.</summary>
    public int Department;

    /// <summary>Rank by pay among the drafted (equal pay, equal rank).</summary>
    public int PayRank;

    public bool Woman;

    public readonly bool MayServeIn(int unit) =>
        Excluded[0] != unit && Excluded[1] != unit && Excluded[2] != unit && Excluded[3] != unit;
}

/// <summary>Four unit indexes held in place (no array of their own).</summary>
[InlineArray(4)]
internal struct FourUnits
{
    private int first;
}
