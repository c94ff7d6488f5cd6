namespace ElectionTool.Draw;

public static partial class DrawValidator
{
    /// <summary>
    /// The parties and reserve persons of each planned unit, by kind (<see cref="KindOf"/>), and the parties of units
    /// without stations. A result lists a unit's parties together, so a unit's code is looked up once per run of them.
    /// </summary>
    private sealed class UnitTally
    {
        private readonly Dictionary<string, int> unitIndex = new(StringComparer.Ordinal);
        private readonly int[][] formed;
        private string? lastCode;
        private int lastUnit = -1;

        public UnitTally(DrawPlan plan)
        {
            formed = new int[plan.Units.Count][];
            for (var u = 0; u < plan.Units.Count; u++)
            {
                // A code planned twice counts its parties once, in its first unit, which both then read.
                unitIndex.TryAdd(plan.Units[u].UnitCode, u);
                formed[u] = formed[unitIndex[plan.Units[u].UnitCode]] ?? new int[7];
            }
        }

        /// <summary>Parties of units without stations (or without a unit code).</summary>
        public int Stray { get; private set; }

        public int[] Formed(int unit) => formed[unit];

        public void Party(string? unitCode, int kind)
        {
            if (UnitOf(unitCode) is var u && u >= 0)
            {
                formed[u][kind]++;
            }
            else
            {
                Stray++;
            }
        }

        public void ReservePerson(string? unitCode)
        {
            if (UnitOf(unitCode) is var u && u >= 0)
            {
                formed[u][6]++;
            }
        }

        private int UnitOf(string? unitCode)
        {
            if (unitCode is null)
            {
                return -1;
            }

            if (!string.Equals(unitCode, lastCode, StringComparison.Ordinal))
            {
                lastCode = unitCode;
                lastUnit = unitIndex.GetValueOrDefault(unitCode, -1);
            }

            return lastUnit;
        }
    }
}
