using ElectionTool.Draw;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>
/// docs/draw-algorithm.md's second worked example (ET-DRAW-2): 72 people in 9 offices, 3 units, 8 stations, with
/// reserves, a 4th officer, a women-managed station, the women rule, an office cap, a well-paid contractual officer,
/// a retiree on each side of the month-end cut-off, an exemption and a couple; exactly one seniority swap and one repair.
/// </summary>
public static class ExampleTwo
{
    public const string SeedOne = "4-6-2-1";
    public const string SeedTwo = "3-5-1-5";
    public const string SeedThree = "5-8-9-7-9";

    // office, department, office unit
    private static readonly (string Code, string Department, string Unit)[] Offices =
    [
        ("OF-1", "D-EDU", "U-1"), ("OF-2", "D-REV", "U-2"), ("OF-3", "D-HLT", "U-3"), ("OF-4", "D-PWD", "U-2"),
        ("OF-5", "D-REV", "U-3"), ("OF-6", "D-BNK", "U-1"), ("OF-7", "D-AGR", "U-2"), ("OF-8", "D-POL", "U-3"), ("OF-9", "D-FOR", "U-2"),
    ];

    // office gender level basic flags home-unit (- none). flags: g gazetted, c contractual, x exempt, r retires 2028-02-28, e retires 2028-02-29, s couple
    private static readonly string[] People =
    [
        "1 M 12 131100 g -", "1 M 7 44900 - -", "1 F 6 35400 - -", "1 M 5 29200 - U-3", "1 F 4 25500 - -", "1 M 3 21700 - -", "1 M 2 19900 - -", "1 F 5 29900 - -", "1 M 6 36100 - -",
        "2 F 11 67700 g -", "2 M 9 53100 - -", "2 M 7 44100 - -", "2 F 5 30100 s -", "2 M 4 25900 - -", "2 F 3 22000 - -", "2 M 6 36000 - -", "2 M 2 19500 - -",
        "3 M 10 56900 g -", "3 F 8 48100 - -", "3 M 7 46000 - -", "3 F 6 36500 - -", "3 M 4 26300 r -", "3 F 5 31100 - -", "3 M 3 22500 e -", "3 F 2 19800 - -", "3 M 3 22700 - -",
        "4 M 9 53500 - -", "4 M 8 47900 - -", "4 F 6 37000 - -", "4 M 5 31000 - -", "4 M 4 26700 x -", "4 F 3 22400 - -", "4 M 7 45100 s -", "4 M 2 19700 - -",
        "5 F 10 57300 g -", "5 M 14 144200 g -", "5 F 7 46400 - -", "5 M 6 37400 - -", "5 F 5 31400 - -", "5 M 3 22800 - -", "5 F 2 20300 - -", "5 M 4 26900 - -", "5 M 3 22900 - -", "5 F 4 26100 - -",
        "6 M 11 68100 g -", "6 F 7 44700 - -", "6 M 6 37800 - -", "6 F 5 31800 - -",
        "7 F 9 54000 - -", "7 M 8 49400 - -", "7 F 7 46800 - -", "7 M 6 38200 - U-3", "7 F 4 27500 - -", "7 M 2 20700 - -", "7 M 12 120000 c -", "7 M 3 22600 - -",
        "8 M 5 30800 - -", "8 F 5 30900 - -", "8 M 4 26400 - -", "8 F 4 26600 - -", "8 M 3 22300 - -", "8 F 3 22200 - -", "8 M 2 19600 - -", "8 F 6 36600 - -",
        "9 M 5 30700 - -", "9 F 5 30600 - -", "9 M 4 26200 - -", "9 F 4 26500 - -", "9 M 3 22100 - -", "9 F 3 22350 - -", "9 M 2 19550 - -", "9 F 6 36700 - -",
    ];

    public static DrawInput Build()
    {
        var pool = new List<DrawEmployee>();
        foreach (var line in People)
        {
            var f = line.Split(' ');
            var office = Offices[int.Parse(f[0]) - 1];
            var id = pool.Count + 1;
            pool.Add(new DrawEmployee
            {
                Id = id,
                Name = $"Person {id}",
                Epic = $"EXM{id:0000000}",
                OfficeId = int.Parse(f[0]),
                OfficeCode = office.Code,
                DepartmentCode = office.Department,
                Gender = f[1] == "F" ? DrawGender.F : DrawGender.M,
                PayLevel = int.Parse(f[2]),
                BasicPay = decimal.Parse(f[3]),
                Gazetted = f[4] == "g",
                Contractual = f[4] == "c",
                ExemptionApproved = f[4] == "x",
                RetirementDate = f[4] switch { "r" => new DateOnly(2028, 2, 28), "e" => new DateOnly(2028, 2, 29), _ => new DateOnly(2045, 6, 30) },
                OfficeUnit = office.Unit,
                HomeUnit = f[5] == "-" ? null : f[5],
                SpouseKey = f[4] == "s" ? "couple-1" : null,
                OfficeFinalized = true,
            });
        }
        return new DrawInput
        {
            ElectionId = "EXAMPLE-2",
            Settings = new DrawSettings
            {
                PollDate = new DateOnly(2027, 8, 31),
                RetirementMarginMonths = 6,
                PresidingMinPayLevel = 8,
                PollingOfficer1MinPayLevel = 5,
                IncludeFourthOfficer = true,
                FourthOfficerElectorsThreshold = 1200,
                ReservePercent = 10,
                WomenRule = WomenRule.NoneOrAtLeastTwo,
            },
            Units = [new("U-1", "Ward 1"), new("U-2", "Ward 2"), new("U-3", "Ward 3")],
            Stations =
            [
                new("U-1", 1, "Girls School", 700, true), new("U-1", 2, "Town Hall", 1300, false), new("U-1", 3, "Library", 600, false),
                new("U-2", 1, "Market Yard", 700, false), new("U-2", 2, "Panchayat Bhawan", 800, false), new("U-2", 3, "Primary School", 650, false),
                new("U-3", 1, "Community Hall", 500, false), new("U-3", 2, "College", 900, false),
            ],
            Pool = pool,
        };
    }
}
