namespace ElectionTool.Draw;

/// <summary>
/// One field of a canonical input line: its name (as docs/draw-algorithm.md lists it), how it is written and how it is
/// read back. <typeparamref name="TContext"/> carries what a line needs besides the record (an employee's couple Id).
/// </summary>
internal sealed record CanonicalField<T, TContext>(string Name, Action<CanonicalWriter, T, TContext> Write, Func<T, CanonicalFields, int, T> Read);

/// <summary>
/// The single home of the field order of each canonical input line, per algorithm version: <see cref="DrawHashes"/>
/// writes and <see cref="CanonicalReader"/> reads through these tables, so the two can never disagree.
/// </summary>
internal static class CanonicalLines
{
    private static readonly string[] Genders = Enum.GetNames<DrawGender>();

    // Each field writes straight from its own delegate (no wrapper around it): 18 fields × 60,000 people per stage-1 hash.
    private static CanonicalField<DrawEmployee, string?> Employee(string name, Action<CanonicalWriter, DrawEmployee, string?> write, Func<DrawEmployee, CanonicalFields, int, DrawEmployee> read) =>
        new(name, write, read);

    private static readonly CanonicalField<DrawEmployee, string?> Id = Employee("Id", (w, e, _) => w.Add(e.Id), (e, f, i) => e with { Id = f.Long(i) });
    private static readonly CanonicalField<DrawEmployee, string?> Epic = Employee("Epic", (w, e, _) => w.Add(e.Epic), (e, f, i) => e with { Epic = f.Text(i) });
    private static readonly CanonicalField<DrawEmployee, string?> Name = Employee("Name", (w, e, _) => w.Add(e.Name), (e, f, i) => e with { Name = f.Text(i) });
    private static readonly CanonicalField<DrawEmployee, string?> OfficeId = Employee("OfficeId", (w, e, _) => w.Add(e.OfficeId), (e, f, i) => e with { OfficeId = f.Long(i) });
    private static readonly CanonicalField<DrawEmployee, string?> OfficeCode = Employee("OfficeCode", (w, e, _) => w.Add(e.OfficeCode), (e, f, i) => e with { OfficeCode = f.Text(i) });
    private static readonly CanonicalField<DrawEmployee, string?> DepartmentCode = Employee("DepartmentCode", (w, e, _) => w.Add(e.DepartmentCode), (e, f, i) => e with { DepartmentCode = f.Text(i) });
    private static readonly CanonicalField<DrawEmployee, string?> Gender = Employee("Gender", (w, e, _) => w.Add(Genders[(int)e.Gender]), (e, f, i) => e with { Gender = f.Enum<DrawGender>(i) });
    private static readonly CanonicalField<DrawEmployee, string?> PayLevel = Employee("PayLevel", (w, e, _) => w.Add(e.PayLevel), (e, f, i) => e with { PayLevel = f.Int(i) });
    private static readonly CanonicalField<DrawEmployee, string?> BasicPay = Employee("BasicPay", (w, e, _) => w.Add(e.BasicPay), (e, f, i) => e with { BasicPay = f.Decimal(i) });
    private static readonly CanonicalField<DrawEmployee, string?> Gazetted = Employee("Gazetted", (w, e, _) => w.Add(e.Gazetted), (e, f, i) => e with { Gazetted = f.Bool(i) });
    private static readonly CanonicalField<DrawEmployee, string?> Contractual = Employee("Contractual", (w, e, _) => w.Add(e.Contractual), (e, f, i) => e with { Contractual = f.Bool(i) });
    private static readonly CanonicalField<DrawEmployee, string?> Disability = Employee("Disability", (w, e, _) => w.Add(e.Disability), (e, f, i) => e with { Disability = f.Bool(i) });
    private static readonly CanonicalField<DrawEmployee, string?> ExemptionApproved = Employee("ExemptionApproved", (w, e, _) => w.Add(e.ExemptionApproved), (e, f, i) => e with { ExemptionApproved = f.Bool(i) });
    private static readonly CanonicalField<DrawEmployee, string?> RetirementDate = Employee("RetirementDate", (w, e, _) => w.Add(e.RetirementDate), (e, f, i) => e with { RetirementDate = f.Date(i) });
    private static readonly CanonicalField<DrawEmployee, string?> VoterUnit = Employee("VoterUnit", (w, e, _) => w.Add(e.VoterUnit), (e, f, i) => e with { VoterUnit = f.Null(i) });
    private static readonly CanonicalField<DrawEmployee, string?> ResidenceUnit = Employee("ResidenceUnit", (w, e, _) => w.Add(e.ResidenceUnit), (e, f, i) => e with { ResidenceUnit = f.Null(i) });
    private static readonly CanonicalField<DrawEmployee, string?> HomeUnit = Employee("HomeUnit", (w, e, _) => w.Add(e.HomeUnit), (e, f, i) => e with { HomeUnit = f.Null(i) });
    private static readonly CanonicalField<DrawEmployee, string?> OfficeUnit = Employee("OfficeUnit", (w, e, _) => w.Add(e.OfficeUnit), (e, f, i) => e with { OfficeUnit = f.Null(i) });
    private static readonly CanonicalField<DrawEmployee, string?> SpouseKey = Employee("SpouseKey", (w, e, _) => w.Add(e.SpouseKey), (e, f, i) => e with { SpouseKey = f.Null(i) });
    private static readonly CanonicalField<DrawEmployee, string?> OfficeFinalized = Employee("OfficeFinalized", (w, e, _) => w.Add(e.OfficeFinalized), (e, f, i) => e with { OfficeFinalized = f.Bool(i) });

    /// <summary>ET-DRAW-2's couple field: the couple's smallest Id (the context), read back as the spouse key.</summary>
    private static readonly CanonicalField<DrawEmployee, string?> CoupleId = new("CoupleId", (w, _, couple) => w.Add(couple), (e, f, i) => e with { SpouseKey = f.Null(i) });

    /// <summary>ET-DRAW-1's employee line: 20 fields, EPIC and name included.</summary>
    public static readonly CanonicalField<DrawEmployee, string?>[] EmployeeV1 =
    [
        Id, Epic, Name, OfficeId, OfficeCode, DepartmentCode, Gender, PayLevel, BasicPay, Gazetted, Contractual, Disability,
        ExemptionApproved, RetirementDate, VoterUnit, ResidenceUnit, HomeUnit, OfficeUnit, SpouseKey, OfficeFinalized,
    ];

    /// <summary>ET-DRAW-2's pseudonymous employee line: 18 fields, no EPIC, no name, the couple by its smallest Id.</summary>
    public static readonly CanonicalField<DrawEmployee, string?>[] EmployeeV2 =
    [
        Id, OfficeId, OfficeCode, DepartmentCode, Gender, PayLevel, BasicPay, Gazetted, Contractual, Disability,
        ExemptionApproved, RetirementDate, VoterUnit, ResidenceUnit, HomeUnit, OfficeUnit, CoupleId, OfficeFinalized,
    ];

    /// <summary>The settings line (the same in every version so far).</summary>
    public static readonly CanonicalField<DrawSettings, object?>[] Settings =
    [
        new("PollDate", (w, s, _) => w.Add(s.PollDate), (s, f, i) => s with { PollDate = f.Date(i) ?? throw new FormatException($"Line {f.Line}: the poll date is missing.") }),
        new("RetirementMarginMonths", (w, s, _) => w.Add(s.RetirementMarginMonths), (s, f, i) => s with { RetirementMarginMonths = f.Int(i) }),
        new("PresidingMinPayLevel", (w, s, _) => w.Add(s.PresidingMinPayLevel), (s, f, i) => s with { PresidingMinPayLevel = f.Int(i) }),
        new("PollingOfficer1MinPayLevel", (w, s, _) => w.Add(s.PollingOfficer1MinPayLevel), (s, f, i) => s with { PollingOfficer1MinPayLevel = f.Int(i) }),
        new("PresidingAllowGazetted", (w, s, _) => w.Add(s.PresidingAllowGazetted), (s, f, i) => s with { PresidingAllowGazetted = f.Bool(i) }),
        new("IncludeFourthOfficer", (w, s, _) => w.Add(s.IncludeFourthOfficer), (s, f, i) => s with { IncludeFourthOfficer = f.Bool(i) }),
        new("FourthOfficerElectorsThreshold", (w, s, _) => w.Add(s.FourthOfficerElectorsThreshold), (s, f, i) => s with { FourthOfficerElectorsThreshold = f.Int(i) }),
        new("ReservePercent", (w, s, _) => w.Add(s.ReservePercent), (s, f, i) => s with { ReservePercent = f.Int(i) }),
        new("NoSameDepartment", (w, s, _) => w.Add(s.NoSameDepartment), (s, f, i) => s with { NoSameDepartment = f.Bool(i) }),
        new("WomenRule", (w, s, _) => w.Add(s.WomenRule.ToString()), (s, f, i) => s with { WomenRule = f.Enum<WomenRule>(i) }),
        new("AllWomenForWomenManaged", (w, s, _) => w.Add(s.AllWomenForWomenManaged), (s, f, i) => s with { AllWomenForWomenManaged = f.Bool(i) }),
    ];

    /// <summary>The unit line.</summary>
    public static readonly CanonicalField<DrawUnit, object?>[] Unit =
    [
        new("Code", (w, u, _) => w.Add(u.Code), (u, f, i) => u with { Code = f.Text(i) }),
        new("Name", (w, u, _) => w.Add(u.Name), (u, f, i) => u with { Name = f.Text(i) }),
    ];

    /// <summary>The station line.</summary>
    public static readonly CanonicalField<DrawStation, object?>[] Station =
    [
        new("UnitCode", (w, s, _) => w.Add(s.UnitCode), (s, f, i) => s with { UnitCode = f.Text(i) }),
        new("Number", (w, s, _) => w.Add(s.Number), (s, f, i) => s with { Number = f.Int(i) }),
        new("Name", (w, s, _) => w.Add(s.Name), (s, f, i) => s with { Name = f.Text(i) }),
        new("Electors", (w, s, _) => w.Add(s.Electors), (s, f, i) => s with { Electors = f.Int(i) }),
        new("WomenManaged", (w, s, _) => w.Add(s.WomenManaged), (s, f, i) => s with { WomenManaged = f.Bool(i) }),
    ];

    /// <summary>
    /// The employee line of <see cref="EmployeeV1"/> or <see cref="EmployeeV2"/> written field by field, without a
    /// delegate per field or a string for the couple Id, in room made once for the whole line: the hot path of every
    /// input hash (60,000 lines in stage 1). A test holds it byte for byte to the tables, which stay the single
    /// definition of the order.
    /// </summary>
    public static void WriteEmployee(CanonicalWriter w, DrawEmployee e, bool v1, bool hasCouple, long couple)
    {
        var gender = Genders[(int)e.Gender];
        var line = w.Begin("employee"u8);
        line.Reserve(EmployeeRoom(e, gender, v1));
        line.Put(e.Id);
        if (v1)
        {
            line.Put(e.Epic);
            line.Put(e.Name);
        }

        line.Put(e.OfficeId);
        line.Put(e.OfficeCode);
        line.Put(e.DepartmentCode);
        line.Put(gender);
        line.Put(e.PayLevel);
        line.Put(e.BasicPay);
        line.Put(e.Gazetted);
        line.Put(e.Contractual);
        line.Put(e.Disability);
        line.Put(e.ExemptionApproved);
        line.Put(e.RetirementDate);
        line.Put(e.VoterUnit);
        line.Put(e.ResidenceUnit);
        line.Put(e.HomeUnit);
        line.Put(e.OfficeUnit);
        if (v1)
        {
            line.Put(e.SpouseKey);
        }
        else if (hasCouple)
        {
            line.Put(couple);
        }
        else
        {
            line.PutNull();
        }

        line.Put(e.OfficeFinalized);
        line.End();
    }

    /// <summary>The most bytes <see cref="WriteEmployee"/> can put after the tag, its line end included.</summary>
    private static int EmployeeRoom(DrawEmployee e, string gender, bool v1)
    {
        // Id, OfficeId, PayLevel and the couple (or the spouse key's null mark, counted again below in ET-DRAW-1).
        const int Numbers = 4 * CanonicalFieldWriter.LongRoom;
        const int Fixed = Numbers + CanonicalFieldWriter.DecimalRoom + CanonicalFieldWriter.DateRoom + 5 * CanonicalFieldWriter.BoolRoom + 1;
        var texts = CanonicalFieldWriter.TextRoom(e.OfficeCode) + CanonicalFieldWriter.TextRoom(e.DepartmentCode) + CanonicalFieldWriter.TextRoom(gender)
            + CanonicalFieldWriter.TextRoom(e.VoterUnit) + CanonicalFieldWriter.TextRoom(e.ResidenceUnit)
            + CanonicalFieldWriter.TextRoom(e.HomeUnit) + CanonicalFieldWriter.TextRoom(e.OfficeUnit);
        return Fixed + texts + (v1 ? CanonicalFieldWriter.TextRoom(e.Epic) + CanonicalFieldWriter.TextRoom(e.Name) + CanonicalFieldWriter.TextRoom(e.SpouseKey) : 0);
    }

    public static IReadOnlyList<CanonicalField<DrawEmployee, string?>> Employee(string version) =>
        DrawAlgorithm.IsV1(version) ? EmployeeV1 : EmployeeV2;

    /// <summary>Writes one line: the tag, then every field of the table in order.</summary>
    public static void Write<T, TContext>(CanonicalWriter w, string tag, IReadOnlyList<CanonicalField<T, TContext>> fields, T value, TContext context)
    {
        w.Begin(tag);
        if (fields is CanonicalField<T, TContext>[] array)
        {
            // The tables are arrays: indexed directly, no enumerator per line (60,000 lines in a stage-1 text).
            for (var i = 0; i < array.Length; i++)
            {
                array[i].Write(w, value, context);
            }
        }
        else
        {
            foreach (var field in fields)
            {
                field.Write(w, value, context);
            }
        }

        w.End();
    }

    /// <summary>Reads one line's fields (field 0 is the tag) onto <paramref name="blank"/>; exactly the table's fields are allowed.</summary>
    public static T Read<T, TContext>(IReadOnlyList<CanonicalField<T, TContext>> fields, CanonicalFields at, T blank)
    {
        if (at.Count != fields.Count + 1)
        {
            throw new FormatException($"Line {at.Line}: a '{at.Tag}' line has {fields.Count} fields, this one {at.Count - 1}.");
        }

        var value = blank;
        for (var i = 0; i < fields.Count; i++)
        {
            value = fields[i].Read(value, at, i + 1);
        }

        return value;
    }

    /// <summary>The documented form of a line: "employee|Id|OfficeId|…".</summary>
    public static string Describe<T, TContext>(string tag, IReadOnlyList<CanonicalField<T, TContext>> fields) =>
        tag + "|" + string.Join("|", fields.Select(f => f.Name));

    public static DrawEmployee BlankEmployee => new() { Id = 0, OfficeId = 0, OfficeCode = "", DepartmentCode = "", Gender = DrawGender.M, PayLevel = 0, BasicPay = 0 };

    public static DrawSettings BlankSettings => new() { PollDate = default, PresidingMinPayLevel = 0, PollingOfficer1MinPayLevel = 0 };
}
