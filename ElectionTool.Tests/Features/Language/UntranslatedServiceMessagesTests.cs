namespace ElectionTool.Tests.Features.Language;

/// <summary>
/// Keeps the messages services hand to users bilingual: a refusal, snackbar text, result or notice typed in English in
/// any .cs under Features, Hosting or Data fails here unless it goes through <c>UiText.Of/Format/In</c>.
/// What stays English on purpose, and why: the command line (Cli/, not scanned: operators' scripts and the issue say so);
/// log messages (ILogger, console: read by whoever runs the server, searched in English); programmer errors that never
/// reach a user (Argument…, NotSupported…); data formats (CSV column headers, audit action codes, SQL, routes, file
/// names); and the JSON API's machine messages (ProblemDetails titles and error codes that integrators' programs match
/// on). Those are marked in the code with <c>// English: reason</c>, or listed in <see cref="EnglishByDesign"/> when a
/// whole file is a data format. Files not translated yet are listed in <see cref="ServicesNotYetTranslated"/>; that list
/// may only shrink (a listed file that is clean fails too, so it is taken off).
/// </summary>
public sealed class UntranslatedServiceMessagesTests
{
    /// <summary>Whole files whose literals are a data format or the operator's, with the reason.</summary>
    private static readonly Dictionary<string, string> EnglishByDesign = new(StringComparer.Ordinal)
    {
        ["Features/Api/ApiAuditFilter.cs"] = "JSON API: problem titles and details are machine messages for integrators' programs; the API has no user culture",
        ["Features/Api/ApiCaller.cs"] = "JSON API: problem titles and details are machine messages for integrators' programs; the API has no user culture",
        ["Features/Api/ApiPaging.cs"] = "JSON API: problem titles and details are machine messages for integrators' programs; the API has no user culture",
        ["Features/Api/ApiSetup.cs"] = "JSON API: problem titles and details are machine messages for integrators' programs; the API has no user culture",
        ["Features/Api/ApiStaffRow.cs"] = "JSON API: problem titles and details are machine messages for integrators' programs; the API has no user culture",
        ["Features/Api/DrawApi.cs"] = "JSON API: problem titles and details are machine messages for integrators' programs; the API has no user culture",
        ["Features/Api/OfficesApi.cs"] = "JSON API: problem titles and details are machine messages for integrators' programs; the API has no user culture",
        ["Features/Api/StaffApi.cs"] = "JSON API: problem titles and details are machine messages for integrators' programs; the API has no user culture",
        ["Features/Api/StaffHolders.cs"] = "JSON API: problem titles and details are machine messages for integrators' programs; the API has no user culture",
        ["Features/Api/StaffUpsertService.cs"] = "JSON API: problem titles and details are machine messages for integrators' programs; the API has no user culture",
        ["Features/Draw/DrawFindingTexts.cs"] = "the draw engine's own English wordings and rule names, kept to match its findings; each is a resource key and is shown through UiText",
        ["Features/Integrations/ApiKeyAuthentication.cs"] = "JSON API: problem titles and details are machine messages for integrators' programs; the API has no user culture",
        ["Features/Integrations/ApiRefusalAudit.cs"] = "audit entries of refused API calls: action codes read in English, like the whole audit log",
        ["Features/Demo/DemoNames.cs"] = "demo data: names and places stay as entered, like real data",
        ["Features/Demo/DemoPeople.cs"] = "demo data: names and places stay as entered, like real data",
        ["Features/Backup/BackupService.cs"] = "used only by the command line (backup, restore, migrate-to, seed-demo), whose output stays English",
        ["Features/Backup/RestoreService.cs"] = "used only by the command line (backup, restore, migrate-to, seed-demo), whose output stays English",
        ["Features/Backup/PostgreSqlBackup.cs"] = "used only by the command line (backup, restore, migrate-to, seed-demo), whose output stays English",
        ["Features/DatabaseMove/DatabaseMoveService.cs"] = "used only by the command line (backup, restore, migrate-to, seed-demo), whose output stays English",
        ["Features/Demo/DemoDistrictSeeder.cs"] = "used only by the command line (backup, restore, migrate-to, seed-demo), whose output stays English; its accounts and places are demo data",
        ["Features/Demo/DemoStaffSeeder.cs"] = "demo data: notes and names stay as entered, like real data",
        ["Features/Demo/DemoTrainingSeeder.cs"] = "demo data: venues and halls stay as entered, like real data",
        ["Hosting/DatabaseInitializer.cs"] = "the first start's console banner for whoever runs the server, and the first account's name (data)",
        ["Features/Backup/DatabaseCheck.cs"] = "used only by the command line (backup, restore), whose output stays English",
        ["Data/StaffCountSql.cs"] = "SQL trigger text and table names",
    };

    private static readonly HashSet<string> ServicesNotYetTranslated = new(StringComparer.Ordinal)
    {
        // Every service is translated or marked English by design; a file listed here is one that still shows English.
    };

    private static readonly string[] Scanned = ["Features/", "Hosting/", "Data/"];

    private static IEnumerable<string> ServiceFiles() =>
        RepositoryFiles.Code()
            .Select(RepositoryFiles.Relative)
            .Where(f => Scanned.Any(s => f.StartsWith(s, StringComparison.Ordinal)))
            .Where(f => !f.StartsWith("Data/Migrations/", StringComparison.Ordinal) && !f.EndsWith(".razor.cs", StringComparison.Ordinal))
            .Where(f => !EnglishByDesign.ContainsKey(f));

    private static IReadOnlyList<string> Findings(string relative) =>
        ServiceCodeScanner.Scan(File.ReadAllText(Path.Combine(RepositoryFiles.App, relative)));

    [Fact]
    public void No_service_message_shows_English_that_is_not_in_the_resources()
    {
        var findings = ServiceFiles()
            .Where(f => !ServicesNotYetTranslated.Contains(f))
            .SelectMany(f => Findings(f).Select(x => $"{f}:{x}"))
            .ToList();

        Assert.True(findings.Count == 0,
            "English typed into service messages (wrap it in UiText.Of/Format and add the Hindi to SharedResource.hi.resx, "
            + "or mark a data format with // English: reason):\n" + string.Join("\n", findings));
    }

    [Fact]
    public void The_list_of_services_not_yet_translated_only_shrinks()
    {
        var gone = ServicesNotYetTranslated.Where(f => !File.Exists(Path.Combine(RepositoryFiles.App, f))).ToList();
        var clean = ServicesNotYetTranslated.Except(gone).Where(f => Findings(f).Count == 0).ToList();

        Assert.True(gone.Count == 0 && clean.Count == 0,
            "Take off ServicesNotYetTranslated — translated now: " + string.Join(", ", clean) + "; no such file: " + string.Join(", ", gone));
    }

    [Fact]
    public void Every_file_kept_English_by_design_exists_and_says_why()
    {
        var wrong = EnglishByDesign.Where(e => string.IsNullOrWhiteSpace(e.Value) || !File.Exists(Path.Combine(RepositoryFiles.App, e.Key))
                || ServicesNotYetTranslated.Contains(e.Key))
            .Select(e => e.Key).ToList();

        Assert.True(wrong.Count == 0, "EnglishByDesign entries without a file or a reason, or also listed as not yet translated: " + string.Join(", ", wrong));
    }

    [Theory]
    [InlineData("return Refuse(\"The office is finalized; reopen it first.\");", true)]
    [InlineData("return Refuse(UiText.Of(\"The office is finalized; reopen it first.\"));", false)]
    [InlineData("throw new InvalidOperationException($\"No integration named '{name}'.\");", true)]
    [InlineData("throw new InvalidOperationException(UiText.Format(\"No integration named '{0}'.\", name));", false)]
    [InlineData("throw new ArgumentOutOfRangeException(nameof(kind), \"Unknown kind of export.\");", false)]
    [InlineData("_logger.LogWarning(\n    \"Backup to {Path} failed: the disk is full.\",\n    path);", false)]
    [InlineData("Console.Error.WriteLine(\"Migrations applied.\");", false)]
    [InlineData("var message = $\"{count} rows saved.\";", true)]
    [InlineData("var message = $\"{UiText.Of(\"Saved\")}: {count}\";", false)]
    [InlineData("var message = $\"{(ok ? \"Saved.\" : UiText.Of(\"Failed.\"))}\";", true)]
    [InlineData("writer.Header(\"Name\"); // English: CSV column header, a data format", false)]
    [InlineData("// English: CSV column headers are a data format\nstring[] headers =\n[\n    \"Name\", \"Office code\",\n];", false)]
    [InlineData("// English: the JSON API's machine codes\nstatic object Problem() => new { title = \"Not found\" };\nstring Next() => \"Saved.\";", true)]
    [InlineData("// English: audit codes\nvoid Write()\n{\n    Audit(\"Office finalized\");\n}\nstring Next() => \"Saved.\";", true)]
    [InlineData("const string Sql = \"SELECT count(*) FROM Employees WHERE OfficeId = @id\";", false)]
    [InlineData("var sql = \"\"\"\n    Select Name from Employees\n    \"\"\";", false)]
    [InlineData("app.MapGet(\"/api/v1/staff/{epic}\", Handler);", false)]
    [InlineData("/* \"Not a literal.\" */ var ok = 'x';", false)]
    [InlineData("var path = @\"C:\\backups\\Daily backup.db\";", false)]
    [InlineData("Snackbar.Add(\"Saved.\", Severity.Success);", true)]
    [InlineData("public string Label { get; } = \"District\";", true)]
    [InlineData("await audit.RecordAsync(user, \"View \" + what, path,\n    new { Path = path }, entityType: \"Personal data\");", false)]
    [InlineData("return new Thing(new { A = 1 }, \"Not saved.\");", true)]
    [InlineData("string State() => UiText.Of(revoked ? \"Revoked\" : \"Active\");", false)]
    [InlineData("string Describe(string s) => UiText.Of(s switch\n{\n    A => \"Read the staff\",\n    _ => s,\n});", false)]
    [InlineData("string Rows(int n) => UiText.Format(\"{0} rows\", n > 1 ? \"Many rows.\" : \"One row.\");", true)]
    [InlineData("return new(false, $\"{person.Name} ({person.Epic}) is not in this batch.\");", true)]
    [InlineData("problems.Add(\"account number missing\");", true)]
    [InlineData("problems.Add(UiText.Of(\"account number missing\"));", false)]
    [InlineData("return Results.File(bytes, \"text/csv; charset=utf-8\", $\"{name}.csv\");", false)]
    [InlineData("var mode = \"read write\";", false)]
    [InlineData("app.UseExceptionHandler(\"/Error\");", false)]
    [InlineData("public const string Section = \"District\";", false)]
    [InlineData("public const string Refusal = \"Not saved.\";", true)]
    [InlineData("e.ToTable(\"Boundaries\");", false)]
    [InlineData("if (message.StartsWith(\"No change\", StringComparison.Ordinal)) return \"Nothing changed.\";", true)]
    [InlineData("if (message.StartsWith(\"No change\", StringComparison.Ordinal)) return;", false)]
    [InlineData("group.MapGet(\"/offices\", List)\n    .WithSummary(\"Offices and the state of their staff lists.\");", false)]
    public void The_service_scanner_tells_user_English_from_resources_logs_and_formats(string code, bool english)
    {
        Assert.Equal(english, ServiceCodeScanner.Scan(code).Count > 0);
    }
}
