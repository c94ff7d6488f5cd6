namespace ElectionTool.Draw.Counting;

/// <summary>
/// Seats people one by one in the given order: each takes the first free seat (in seat order) that fits; when none is
/// free, an augmenting path moves earlier people along (Kuhn). So the result is first-fit wherever first-fit works, a
/// full matching whenever one exists, and the same input always gives the same seats.
/// </summary>
internal sealed class SeatMatching
{
    private readonly int seats;
    private readonly Func<int, int, bool> fits;
    private readonly int[] personOfSeat;
    private readonly List<int> seatOfPerson = [];
    private bool[] visited = [];

    /// <param name="fits">(person, seat) → may this person sit there.</param>
    public SeatMatching(int seats, Func<int, int, bool> fits)
    {
        this.seats = seats;
        this.fits = fits;
        personOfSeat = Enumerable.Repeat(-1, seats).ToArray();
    }

    /// <summary>Seats the next person (index = number of calls so far); false when no matching can include them.</summary>
    public bool Add()
    {
        var person = seatOfPerson.Count;
        seatOfPerson.Add(-1);
        for (var s = 0; s < seats; s++)
        {
            if (personOfSeat[s] < 0 && fits(person, s))
            {
                Place(person, s);
                return true;
            }
        }
        visited = new bool[seats];
        return Augment(person);
    }

    public int SeatOf(int person) => seatOfPerson[person];

    private bool Augment(int person)
    {
        for (var s = 0; s < seats; s++)
        {
            if (visited[s] || !fits(person, s))
            {
                continue;
            }
            visited[s] = true;
            if (personOfSeat[s] < 0 || Augment(personOfSeat[s]))
            {
                Place(person, s);
                return true;
            }
        }
        return false;
    }

    private void Place(int person, int seat)
    {
        personOfSeat[seat] = person;
        seatOfPerson[person] = seat;
    }
}
