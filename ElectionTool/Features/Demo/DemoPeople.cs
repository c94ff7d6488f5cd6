using ElectionTool.Data.Entities;
using ElectionTool.Features.Employees;

namespace ElectionTool.Features.Demo;

/// <summary>Generates realistic staff for demo offices: Hindi and English names, pay matching the pay matrix.</summary>
internal sealed class DemoPeople(Random random, DateOnly today, DateTimeOffset now, int superannuationAge)
{
    private static readonly (string Latin, string Hindi)[] MaleNames =
    [
        ("Ramesh", "रमेश"), ("Suresh", "सुरेश"), ("Mahesh", "महेश"), ("Rajesh", "राजेश"), ("Anil", "अनिल"), ("Sunil", "सुनील"),
        ("Vijay", "विजय"), ("Sanjay", "संजय"), ("Ajay", "अजय"), ("Manoj", "मनोज"), ("Deepak", "दीपक"), ("Rakesh", "राकेश"),
        ("Ashok", "अशोक"), ("Vinod", "विनोद"), ("Pramod", "प्रमोद"), ("Dinesh", "दिनेश"), ("Mukesh", "मुकेश"), ("Arvind", "अरविंद"),
        ("Alok", "आलोक"), ("Naresh", "नरेश"), ("Santosh", "संतोष"), ("Harish", "हरीश"), ("Yogesh", "योगेश"), ("Imran", "इमरान"),
    ];

    private static readonly (string Latin, string Hindi)[] FemaleNames =
    [
        ("Sunita", "सुनीता"), ("Anita", "अनीता"), ("Kavita", "कविता"), ("Rekha", "रेखा"), ("Seema", "सीमा"), ("Neha", "नेहा"),
        ("Pooja", "पूजा"), ("Priya", "प्रिया"), ("Meena", "मीना"), ("Geeta", "गीता"), ("Savita", "सविता"), ("Asha", "आशा"),
        ("Usha", "उषा"), ("Mamta", "ममता"), ("Shabana", "शबाना"), ("Rashmi", "रश्मि"), ("Archana", "अर्चना"), ("Vandana", "वंदना"),
    ];

    private static readonly (string Latin, string Hindi)[] Surnames =
    [
        ("Sharma", "शर्मा"), ("Verma", "वर्मा"), ("Shrivastava", "श्रीवास्तव"), ("Mishra", "मिश्रा"), ("Tiwari", "तिवारी"), ("Yadav", "यादव"),
        ("Patel", "पटेल"), ("Chouhan", "चौहान"), ("Thakur", "ठाकुर"), ("Jain", "जैन"), ("Gupta", "गुप्ता"), ("Saxena", "सक्सेना"),
        ("Dubey", "दुबे"), ("Pandey", "पांडे"), ("Khan", "खान"), ("Ahirwar", "अहिरवार"), ("Meena", "मीणा"), ("Raghuvanshi", "रघुवंशी"),
    ];

    private static readonly string[][] DesignationsByGroup =
    [
        ["Deputy Collector", "Principal", "Medical Officer", "Executive Engineer", "Branch Manager", "Assistant Director"],
        ["Naib Tehsildar", "Lecturer", "Sub Engineer", "Assistant Manager", "Section Officer", "Block Education Officer"],
        ["Assistant Grade-2", "Assistant Teacher", "Staff Nurse", "Patwari", "Clerk", "Accountant", "Data Entry Operator"],
        ["Peon", "Driver", "Chowkidar", "Ward Attendant"],
    ];

    private long _epicSerial = 1_000_000;
    private long _mobileSerial = 7_000_000_000;

    public Employee Create(Office office, Gender gender, IReadOnlyList<int> unitIds, bool hindiName)
    {
        var first = gender == Gender.Female ? FemaleNames[random.Next(FemaleNames.Length)] : MaleNames[random.Next(MaleNames.Length)];
        var surname = Surnames[random.Next(Surnames.Length)];
        var father = MaleNames[random.Next(MaleNames.Length)];
        var name = hindiName ? $"{first.Hindi} {surname.Hindi}" : $"{first.Latin} {surname.Latin}";
        var fatherName = hindiName ? $"{father.Hindi} {surname.Hindi}" : $"{father.Latin} {surname.Latin}";
        var level = PickLevel();
        var (min, max) = PayMatrix.Range(level);
        var contractual = level <= 5 && random.Next(100) < 10;
        var group = level switch { 1 => ServiceGroup.D, <= 5 => ServiceGroup.C, <= 9 => ServiceGroup.B, _ => ServiceGroup.A };
        var age = 24 + random.Next(superannuationAge - 24);
        var dob = today.AddYears(-age).AddDays(-random.Next(1, 360));
        var voterUnit = unitIds[random.Next(unitIds.Count)];
        var row = new ValidEmployee(
            name, fatherName, gender, dob, NextMobile(), null,
            DesignationsByGroup[(int)group][random.Next(DesignationsByGroup[(int)group].Length)], null, group,
            level >= 10 && !contractual, level, RoundPay(min + random.Next(Math.Max(1, (max - min) / 3))),
            contractual ? EmploymentType.Contractual : EmploymentType.Regular, dob.AddYears(22 + random.Next(Math.Max(1, age - 22))),
            NextEpic(), voterUnit, 1 + random.Next(250), 1 + random.Next(1200),
            random.Next(10) < 8 ? voterUnit : unitIds[random.Next(unitIds.Count)], unitIds[random.Next(unitIds.Count)],
            $"{random.NextInt64(10_000_000_000, 99_999_999_999)}", $"SBIN0{random.Next(100000, 999999)}",
            random.Next(100) < 2, false, null, null, null, dob.AddYears(superannuationAge));
        return row.NewEmployee(office, now);
    }

    /// <summary>A second record of the same person with a spelling variant, as clerks in two offices might type it.</summary>
    public Employee NearCopy(Employee original, Office otherOffice)
    {
        var copy = Create(otherOffice, original.Gender, [original.VoterUnitId], hindiName: false);
        var variant = original.Name.Replace("Shrivastava", "Srivastav", StringComparison.Ordinal).Replace("ee", "i", StringComparison.Ordinal);
        copy.Name = variant == original.Name ? original.Name.Replace(" ", "  ", StringComparison.Ordinal) : variant;
        copy.FatherOrHusbandName = original.FatherOrHusbandName;
        copy.DateOfBirth = original.DateOfBirth;
        copy.RetirementDate = original.RetirementDate;
        copy.NameKey = NameMatching.Key(copy.Name);
        copy.FatherKey = NameMatching.Key(copy.FatherOrHusbandName);
        return copy;
    }

    private int PickLevel()
    {
        // Most staff are in the middle levels; few are senior.
        int[] weights = [6, 9, 8, 10, 11, 12, 10, 9, 7, 6, 4, 3, 2, 1, 1, 1, 0, 0];
        var roll = random.Next(weights.Sum());
        for (var level = 1; level <= weights.Length; level++)
        {
            roll -= weights[level - 1];
            if (roll < 0)
            {
                return level;
            }
        }
        return 6;
    }

    private static int RoundPay(int pay) => pay / 100 * 100;

    private string NextEpic()
    {
        var serial = _epicSerial++;
        var letters = new string([(char)('A' + serial % 26), (char)('A' + serial / 26 % 26), (char)('M' + serial / 676 % 13)]);
        return $"{letters}{serial % 10_000_000:0000000}";
    }

    private string NextMobile() => (_mobileSerial += 7).ToString(System.Globalization.CultureInfo.InvariantCulture)[..10];
}
