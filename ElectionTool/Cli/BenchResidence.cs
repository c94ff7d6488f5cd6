namespace ElectionTool.Cli;

/// <summary>
/// Where a bench district's person lives and votes, as <c>SyntheticDistrict</c> (the draw engine's bench) has it:
/// at home in their office's unit three times in five, otherwise in another unit of the same district, and voting
/// where they live four times in five. A person then bars at most three of the district's units from their party, as
/// in a real district. Drawn independently of the office, most people would bar three units of eight and the draw's
/// repair would spend minutes proving it can seat them, which no district's staff asks of it.
/// </summary>
internal static class BenchResidence
{
    /// <param name="n">The person's number in the bench (deterministic: no random stream).</param>
    /// <param name="officeUnit">The office's unit, as an index into <paramref name="districtUnits"/>.</param>
    /// <param name="districtUnits">How many units the person's district has.</param>
    /// <returns>Indexes into the district's units.</returns>
    public static (int Voter, int Home) Of(int n, int officeUnit, int districtUnits)
    {
        var home = n % 5 < 3 || districtUnits == 1 ? officeUnit : Other(officeUnit, n * 7L, districtUnits);
        var voter = n / 5 % 5 == 0 && districtUnits > 1 ? Other(home, n * 13L, districtUnits) : home;
        return (voter, home);
    }

    private static int Other(int unit, long spread, int districtUnits) => (int)((unit + 1 + spread % (districtUnits - 1)) % districtUnits);
}
