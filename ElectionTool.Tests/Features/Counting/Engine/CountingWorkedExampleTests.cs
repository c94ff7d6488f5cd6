using ElectionTool.Draw;
using ElectionTool.Draw.Counting;
using ElectionTool.Draw.Duties;
using Xunit;

namespace ElectionTool.Tests.Features.Counting.Engine;

/// <summary>The worked example of docs/draw-algorithm.md, "Counting stages": its texts and hashes are pinned here.</summary>
public class CountingWorkedExampleTests
{
    /// <summary>
    /// 24 people: 1–8 gazetted (level 10), home AC-1 (1–4) or AC-2 (5–8); 9–16 bank staff (level 6, group B), home AC-1
    /// (9–12) or AC-2 (13–16); 17–24 group C (level 4), no unit of their own. Offices O0–O5 by id mod 6; 3 and 4 are a couple.
    /// </summary>
    public static CountingInput Input()
    {
        var pool = Enumerable.Range(1, 24).Select(i => new DutyPerson
        {
            Employee = new DrawEmployee
            {
                Id = i,
                OfficeId = i % 6,
                OfficeCode = $"O{i % 6}",
                DepartmentCode = i is >= 9 and <= 16 ? "BANK" : "STATE",
                Gender = DrawGender.M,
                PayLevel = i <= 8 ? 10 : i <= 16 ? 6 : 4,
                BasicPay = i <= 8 ? 56100 + i * 100 : i <= 16 ? 35400 + i * 100 : 25500 + i * 100,
                Gazetted = i <= 8,
                RetirementDate = new DateOnly(2040, 1, 1),
                HomeUnit = i is (>= 1 and <= 4) or (>= 9 and <= 12) ? "AC-1" : i is (>= 5 and <= 8) or (>= 13 and <= 16) ? "AC-2" : null,
                OfficeUnit = "AC-9",
                SpouseKey = i is 3 or 4 ? "couple-a" : null,
                OfficeFinalized = true,
            },
            DepartmentCategory = i is >= 9 and <= 16 ? "Bank" : "StateGovt",
            ServiceGroup = i <= 8 ? "A" : i <= 16 ? "B" : "C",
        }).ToList();
        return new CountingInput
        {
            ElectionId = "TEST",
            Settings = new DrawSettings { PollDate = new DateOnly(2027, 3, 15), PresidingMinPayLevel = 8, PollingOfficer1MinPayLevel = 5 },
            Rules = new CountingRules { SupervisorMinPayLevel = 10, ReservePercent = 50 },
            Halls = [new CountingHall("AC-1/H1", "AC-1", "Hall 1", 2, 0), new CountingHall("AC-2/H1", "AC-2", "Hall 1", 2, 0)],
            Pool = pool,
        };
    }

    [Fact]
    public void The_worked_example_gives_the_documented_hashes()
    {
        var input = Input();
        var one = CountingDraw.Select(input, "1111");
        var two = CountingHalls.Allot(input, one, "2222");
        var three = CountingTables.Allot(input, two, "3333");
        Assert.True(three.Report.Feasible, string.Join("; ", three.Report.Findings.Select(f => f.Message)));
        Assert.Empty(CountingValidator.Validate(input, three, two));
        Assert.Equal("238b140c056585bb24c77ddbcef45d741b155ee300380bd34b42e2f41573d7ef", one.InputHash);
        Assert.Equal("afe216cd400655d4b86f2e44590d7c8f492eb31822b9303bf06a77b11d179c04", one.OutputHash);
        Assert.Equal("f3281e46b66b0f90735171685ce1154a926d4541d1a8565cfbd740d2e120c373", two.InputHash);
        Assert.Equal("58e0b662e844d469d826c34f276e97b48a83656fd00c358d4d0aa6a4edb41fa7", two.OutputHash);
        Assert.Equal("175caf7ddc4a7a4ec31bec39a647611bb70db408b5acc9a32567ec3f03aa1cd6", three.InputHash);
        Assert.Equal("ab57a8b211f1f4e10339e725a5327db023fb0747007278927b2f291a16a75587", three.OutputHash);
        var table1 = three.Assignments.Where(a => a.HallCode == "AC-1/H1" && a.Table == 1).Select(a => a.EmployeeId);
        Assert.Equal([5L, 19L, 16L], table1);
        Assert.DoesNotContain(three.Assignments, a => a.EmployeeId == 3); // the spouse of 4, who was drawn
    }
}
