namespace ElectionTool.Data;

/// <summary>
/// The one home of the staff-count triggers (SQLite): the packed facts of an employee, the triggers on Employees and
/// Offices that keep <c>StaffCounts</c> right inside every writer's transaction (grid, import, API, delete, finalize,
/// reopen), and the full recount they must always equal. <see cref="PostgreSql"/> holds the same four triggers in
/// PL/pgSQL; <see cref="FactsOf"/>, <see cref="Recount"/> and <see cref="Rebuild"/> are plain SQL that both run.
/// </summary>
public static class StaffCountSql
{
    // Bits of Facts. 8 and 16 are left free for the dashboard's per-election facts (retiring before the cutoff,
    // every polling unit is home), which depend on the current election and are worked out when reading.
    public const int Finalized = 1, ExemptionApproved = 2, Disability = 4, Contractual = 32, Gazetted = 64,
        GenderUnit = 128, ServiceGroupUnit = 512, PayLevelUnit = 4096;

    /// <summary>The packed facts of employee row <paramref name="e"/> (e.g. NEW, OLD, e) in an office whose ListState is <paramref name="listState"/>.</summary>
    public static string FactsOf(string e, string listState) =>
        $"((CASE WHEN {listState} = 2 THEN {Finalized} ELSE 0 END) + (CASE WHEN {e}.\"ExemptionStatus\" = 2 THEN {ExemptionApproved} ELSE 0 END)"
        + $" + (CASE WHEN {e}.\"Disability\" THEN {Disability} ELSE 0 END) + (CASE WHEN {e}.\"EmploymentType\" = 1 THEN {Contractual} ELSE 0 END)"
        + $" + (CASE WHEN {e}.\"Gazetted\" THEN {Gazetted} ELSE 0 END) + {e}.\"Gender\" * {GenderUnit} + {e}.\"ServiceGroup\" * {ServiceGroupUnit}"
        + $" + {e}.\"PayLevel\" * {PayLevelUnit})";

    // Identifiers are quoted: PostgreSQL folds unquoted names to lower case, SQLite accepts either.
    /// <summary>Every (department, facts, staff) counted from the employees themselves: what StaffCounts must equal.</summary>
    public static readonly string Recount = $"""
        SELECT o."DepartmentId" AS "DepartmentId", {FactsOf("e", "o.\"ListState\"")} AS "Facts", CAST(COUNT(*) AS INTEGER) AS "Staff"
        FROM "Employees" e JOIN "Offices" o ON o."Id" = e."OfficeId"
        WHERE TRUE GROUP BY o."DepartmentId", {FactsOf("e", "o.\"ListState\"")}
        """;

    private const string Upsert = "ON CONFLICT (\"DepartmentId\", \"Facts\") DO UPDATE SET \"Staff\" = \"StaffCounts\".\"Staff\" + excluded.\"Staff\"";

    private static string Add(string e, int sign) => $"""
        INSERT INTO "StaffCounts" ("DepartmentId", "Facts", "Staff")
        SELECT o."DepartmentId", {FactsOf(e, "o.\"ListState\"")}, {sign} FROM "Offices" o WHERE o."Id" = {e}."OfficeId"
        {Upsert};
        """;

    // An office's whole staff moves when the list is finalized or reopened, or the office changes department.
    private static string MoveOffice(string office, int sign) => $"""
        INSERT INTO "StaffCounts" ("DepartmentId", "Facts", "Staff")
        SELECT {office}."DepartmentId", {FactsOf("e", office + ".\"ListState\"")}, {sign} * COUNT(*) FROM "Employees" e
        WHERE e."OfficeId" = {office}."Id" GROUP BY {FactsOf("e", office + ".\"ListState\"")}
        {Upsert};
        """;

    private const string EmployeeColumns = "\"OfficeId\", \"ExemptionStatus\", \"Disability\", \"EmploymentType\", \"Gazetted\", \"Gender\", \"ServiceGroup\", \"PayLevel\"";
    private const string OfficeMoved = "(OLD.\"ListState\" = 2) <> (NEW.\"ListState\" = 2) OR OLD.\"DepartmentId\" <> NEW.\"DepartmentId\"";

    public static readonly string CreateTriggers = $"""
        CREATE TRIGGER StaffCounts_EmployeeInserted AFTER INSERT ON "Employees" BEGIN
        {Add("NEW", 1)}
        END;
        CREATE TRIGGER StaffCounts_EmployeeDeleted AFTER DELETE ON "Employees" BEGIN
        {Add("OLD", -1)}
        END;
        CREATE TRIGGER StaffCounts_EmployeeUpdated AFTER UPDATE OF {EmployeeColumns} ON "Employees" BEGIN
        {Add("OLD", -1)}
        {Add("NEW", 1)}
        END;
        CREATE TRIGGER StaffCounts_OfficeUpdated AFTER UPDATE OF "ListState", "DepartmentId" ON "Offices"
        WHEN {OfficeMoved} BEGIN
        {MoveOffice("OLD", -1)}
        {MoveOffice("NEW", 1)}
        END;
        """;

    public const string DropTriggers = """
        DROP TRIGGER IF EXISTS StaffCounts_EmployeeInserted;
        DROP TRIGGER IF EXISTS StaffCounts_EmployeeDeleted;
        DROP TRIGGER IF EXISTS StaffCounts_EmployeeUpdated;
        DROP TRIGGER IF EXISTS StaffCounts_OfficeUpdated;
        """;

    /// <summary>Fills the counts from scratch (the migration, and a repair after a failed check).</summary>
    public static readonly string Rebuild = $"DELETE FROM \"StaffCounts\"; INSERT INTO \"StaffCounts\" (\"DepartmentId\", \"Facts\", \"Staff\") {Recount};";

    public static readonly IReadOnlyList<string> TriggerNames =
        ["StaffCounts_EmployeeInserted", "StaffCounts_EmployeeDeleted", "StaffCounts_EmployeeUpdated", "StaffCounts_OfficeUpdated"];

    /// <summary>How many of the four triggers exist (a scalar query: one column named Value).</summary>
    public static readonly string CountTriggers =
        $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND name IN ({string.Join(", ", TriggerNames.Select(n => $"'{n}'"))})";

    /// <summary>Puts every trigger back and recounts: after a migration rebuilt Employees or Offices.</summary>
    public static readonly string Reinstall = DropTriggers + CreateTriggers + Rebuild;

    /// <summary>The same four triggers for PostgreSQL: a PL/pgSQL function each, with the same bodies.</summary>
    public static class PostgreSql
    {
        private static string Trigger(string name, string when, string table, string? condition, params string[] body) => $"""
            CREATE OR REPLACE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
            {string.Join("\n", body)}
            RETURN NULL;
            END
            $body$;
            CREATE TRIGGER "{name}" {when} ON "{table}" FOR EACH ROW {(condition is null ? "" : $"WHEN ({condition}) ")}EXECUTE FUNCTION "{name}"();
            """;

        public static readonly string CreateTriggers = string.Join("\n",
            Trigger("StaffCounts_EmployeeInserted", "AFTER INSERT", "Employees", null, Add("NEW", 1)),
            Trigger("StaffCounts_EmployeeDeleted", "AFTER DELETE", "Employees", null, Add("OLD", -1)),
            Trigger("StaffCounts_EmployeeUpdated", $"AFTER UPDATE OF {EmployeeColumns}", "Employees", null, Add("OLD", -1), Add("NEW", 1)),
            Trigger("StaffCounts_OfficeUpdated", "AFTER UPDATE OF \"ListState\", \"DepartmentId\"", "Offices", OfficeMoved, MoveOffice("OLD", -1), MoveOffice("NEW", 1)));

        public const string DropTriggers = """
            DROP TRIGGER IF EXISTS "StaffCounts_EmployeeInserted" ON "Employees";
            DROP TRIGGER IF EXISTS "StaffCounts_EmployeeDeleted" ON "Employees";
            DROP TRIGGER IF EXISTS "StaffCounts_EmployeeUpdated" ON "Employees";
            DROP TRIGGER IF EXISTS "StaffCounts_OfficeUpdated" ON "Offices";
            """;

        public static readonly string CountTriggers =
            $"SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" FROM pg_trigger WHERE NOT tgisinternal AND tgname IN ({string.Join(", ", TriggerNames.Select(n => $"'{n}'"))})";

        /// <summary>Installs the triggers and fills the counts: the PostgreSQL migration and every start's check.</summary>
        public static readonly string Reinstall = DropTriggers + CreateTriggers + Rebuild;
    }
}
