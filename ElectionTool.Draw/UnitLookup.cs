using System.Numerics;
using System.Runtime.CompilerServices;

namespace ElectionTool.Draw;

/// <summary>
/// The drawn units by code, for the passes that map every person's unit codes to unit indexes: a code's index in
/// the plan, or -1 for none or a code that is not a drawn unit.
/// </summary>
/// <remarks>
/// A pass asks this four times a person, tens of thousands of people. The people of a unit normally share one string
/// of its code (the app gives every person's codes out of one dictionary of codes), so a small table remembers recent
/// answers by the string's identity: a hit compares one reference instead of hashing and comparing the text. Any other
/// string (another instance, even of the same text) just misses and is looked up by its text, and then takes the slot;
/// so the answers are the ordinal dictionary's whatever the input, and the table never grows.
/// </remarks>
internal sealed class UnitLookup
{
    private readonly Dictionary<string, int> byCode;
    private readonly (string? Code, int Index)[] recent;
    private readonly int slotMask;

    public UnitLookup(DrawPlan plan)
    {
        var units = plan.Units;
        byCode = new Dictionary<string, int>(units.Count, StringComparer.Ordinal);
        for (var u = 0; u < units.Count; u++)
        {
            // A code given twice is the later unit, as it always was.
            byCode[units[u].UnitCode] = u;
        }

        // Two codes in one slot would keep taking it from each other, each then a miss: so many more slots than codes
        // (a slot is 16 bytes; at most 64 KB, below the large-object heap).
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(32 * units.Count, 1024, 4096));
        recent = new (string?, int)[slots];
        slotMask = slots - 1;
    }

    public int IndexOf(string? code)
    {
        if (code is null)
        {
            return -1;
        }

        ref var slot = ref recent[RuntimeHelpers.GetHashCode(code) & slotMask];
        return ReferenceEquals(slot.Code, code) ? slot.Index : LookUp(code, ref slot);
    }

    /// <summary>The drawn-unit index of a person's voter, residence, home and office unit, in that order (-1: none, or not a drawn unit).</summary>
    public void UnitsOf(DrawEmployee e, Span<int> into)
    {
        into[0] = IndexOf(e.VoterUnit);
        into[1] = IndexOf(e.ResidenceUnit);
        into[2] = IndexOf(e.HomeUnit);
        into[3] = IndexOf(e.OfficeUnit);
    }

    /// <summary>A miss: the answer by the code's text, remembered in its slot.</summary>
    private int LookUp(string code, ref (string? Code, int Index) slot)
    {
        var index = byCode.TryGetValue(code, out var u) ? u : -1;
        slot = (code, index);
        return index;
    }
}
