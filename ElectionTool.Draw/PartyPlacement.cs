namespace ElectionTool.Draw;

/// <summary>
/// One attempt at stage 2: deal women's seats, then seat each role (Presiding Officers first),
/// highest pay first, each person in a random seat whose Presiding Officer is paid at least as much.
/// A random seat that breaks the office or home-unit rule is retried a few times; what remains is
/// left to <see cref="PartyRepair"/>.
/// </summary>
internal sealed partial class PartyPlacement(PartyBoard board, DrawSettings settings, DrawRandom rng, string version) : IDisposable
{
    /// <summary>Later attempts vary how many women 4th officers sit in parties, in case the first choice is what blocks.</summary>
    public bool Place(int attempt = 0)
    {
        Array.Fill(board.Holder, -1);
        var people = board.People;
        PeopleByRole();
        DrawTrace.Note($"attempt {attempt + 1}");
        for (var r = 0; r < PartyRoles.Count; r++)
        {
            var list = RolePeople(r);
            rng.Shuffle(list);
            DrawTrace.Note($"shuffled: {DrawTrace.Ids(list.ToArray().Select(i => board.People.Id[i]))}");
        }

        if (this.womenSeat.Length == 0)
        {
            this.womenSeat = System.Buffers.ArrayPool<bool>.Shared.Rent(board.Parties * PartyBoard.SeatsPerParty);
        }

        var womenSeat = this.womenSeat.AsSpan(0, board.Parties * PartyBoard.SeatsPerParty);
        womenSeat.Clear();
        var patterned = settings.WomenRule == WomenRule.NoneOrAtLeastTwo;
        int[] dealt = new int[PartyRoles.Count];
        if (patterned && !DealWomen(womenSeat, dealt, attempt))
        {
            return false;
        }

        var facts = people.Facts;
        foreach (var role in PartyRoles.All)
        {
            var r = (int)role;
            (womenCount, othersCount) = (0, 0);
            foreach (var i in RolePeople(r))
            {
                if (facts[i].Woman)
                {
                    women[womenCount++] = i;
                }
                else
                {
                    others[othersCount++] = i;
                }
            }

            SeatsByKind(role, out var allWomenSeats, out var ordinary, out var loose);
            if (womenCount < allWomenSeats.Length)
            {
                return false;
            }

            SeatAllWomen(allWomenSeats, role);
            var seated = patterned
                ? SeatByPattern(role, Math.Min(dealt[r], leftCount), ordinary, loose, womenSeat)
                : SeatMixed(role, ordinary, loose);
            if (!seated)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The women rule's pattern: the first <paramref name="inParties"/> women left go to the ordinary seats dealt to
    /// women, the other women to loose reserve seats, the men to the rest.
    /// </summary>
    private bool SeatByPattern(Role role, int inParties, ReadOnlySpan<int> ordinary, ReadOnlySpan<int> loose, ReadOnlySpan<bool> womenSeat)
    {
        using var womenSeatsScratch = new RentedSpan<int>(ordinary.Length);
        using var otherSeatsScratch = new RentedSpan<int>(ordinary.Length + loose.Length);
        var (womenSeats, otherSeats) = (0, 0);
        foreach (var s in ordinary)
        {
            if (womenSeat[s])
            {
                womenSeatsScratch.Span[womenSeats++] = s;
            }
            else
            {
                otherSeatsScratch.Span[otherSeats++] = s;
            }
        }

        foreach (var s in loose)
        {
            otherSeatsScratch.Span[otherSeats++] = s;
        }

        // Seat reorders the people it is given: the two runs of the women left are reordered each in its place.
        var left = LeftWomen;
        return Seat(left[..inParties], womenSeatsScratch.Span[..womenSeats], role)
            && Seat(left[inParties..], loose, role)
            && Seat(Others, otherSeatsScratch.Span[..otherSeats], role);
    }

    /// <summary>No pattern: the women left and the men shuffled together onto the ordinary and loose seats.</summary>
    private bool SeatMixed(Role role, ReadOnlySpan<int> ordinary, ReadOnlySpan<int> loose)
    {
        Others.CopyTo(leftWomen.AsSpan(leftCount));
        var rest = leftWomen.AsSpan(0, leftCount + othersCount);
        rng.Shuffle(rest);
        DrawTrace.Note($"{role} rest shuffled: {DrawTrace.Ids(rest.ToArray().Select(i => board.People.Id[i]))}");
        using var seats = new RentedSpan<int>(ordinary.Length + loose.Length);
        ordinary.CopyTo(seats.Span);
        loose.CopyTo(seats.Span[ordinary.Length..]);
        return Seat(rest, seats.Span, role);
    }

    /// <summary>
    /// The highest pay rank a person in the seat may have: its party's Presiding Officer's (a lower-paid Presiding
    /// Officer may not preside over them); no cap for Presiding Officers, loose seats or a party with no one presiding yet.
    /// </summary>
    private int Cap(int seat, Role role)
    {
        if (role == Role.PresidingOfficer || board.IsLoose(seat))
        {
            return int.MaxValue;
        }

        var presiding = board.Holder[seat / PartyBoard.SeatsPerParty * PartyBoard.SeatsPerParty];
        return presiding < 0 ? int.MaxValue : board.People.Facts[presiding].PayRank;
    }
}
