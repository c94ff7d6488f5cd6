using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Auditing;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Draw.Stages;

/// <summary>The polling-party draw: selection and roles (1), parties (2), stations (3).</summary>
public sealed class PollingStage(int number, string title, string output) : DrawStageDefinition<DrawInput>
{
    public override int Number => number;
    public override string Duty => "PollingParty";
    public override string Title => title;
    public override string Output => output;
    public override int? Previous => number == 1 ? null : number - 1;
    public override bool Drafts => number == 1;

    public override async Task<object> ReadInputAsync(StageInputs inputs, int electionId, CancellationToken ct) =>
        await inputs.Polling.BuildAsync(electionId, ct);

    public override StageExecution Execute(object input, string? previousResultJson, string seed, string? version)
    {
        var (json, report, hashes) = DrawStore.Execute(number, (DrawInput)input, previousResultJson, seed, version);
        return new StageExecution(json, report, hashes.Input, hashes.Output);
    }

    public override string ContentHash(string resultJson) => DrawStore.ContentHash(number, resultJson);

    public override IReadOnlyList<DrawFinding> Validate(object input, string? previousResultJson, string resultJson) => number switch
    {
        1 => DrawValidator.Validate((DrawInput)input, DrawSnapshot.FromJson<StageOneResult>(resultJson)),
        2 => DrawValidator.Validate((DrawInput)input, DrawSnapshot.FromJson<StageOneResult>(previousResultJson!), DrawSnapshot.FromJson<StageTwoResult>(resultJson)),
        _ => DrawValidator.Validate((DrawInput)input, DrawSnapshot.FromJson<StageTwoResult>(previousResultJson!), DrawSnapshot.FromJson<StageThreeResult>(resultJson)),
    };

    public override IReadOnlyList<(string Label, int Count)> Counts(string resultJson) => DrawPreviews.Counts(number, resultJson);

    public override IEnumerable<long> Holders(string resultJson) =>
        number == 1 ? DrawSnapshot.FromJson<StageOneResult>(resultJson).Assignments.Select(a => a.EmployeeId) : [];

    public override string VersionFor(DrawRun? previous) => previous?.AlgorithmVersion ?? DrawAlgorithm.Version;

    public override void OnRecorded(ElectionDbContext db, DrawRun run, object input, DrawRun? previous) =>
        Bundle.DrawBundleService.RecordCommitment(db, run, (DrawInput)input, previous);

    /// <summary>Stage 1 while data entry is open: from the page only with the phrase typed; always written to the audit log.</summary>
    public override async Task BeforeAcceptAsync(ElectionDbContext db, DrawRun run, AcceptRequest request, string user, Common.DistrictClock clock, CancellationToken ct)
    {
        if (number != 1)
        {
            return;
        }

        var election = await db.Elections.AsNoTracking().FirstAsync(e => e.Id == run.ElectionId, ct);
        var window = await EntryWindow.ReadAsync(db, election, clock, ct);
        if (!window.IsOpen)
        {
            return;
        }

        if (request.FromPage && !EntryWindowStatus.Confirms(request.TypedConfirmation))
        {
            throw new DrawRefusedException(UiText.Format("Data entry is still open ({0}) Type {1} to accept stage 1 now.", window.Explain(), EntryWindowStatus.ConfirmationPhrase));
        }
        AuditLog.Record(db, user, "DrawAcceptedEarly", nameof(DrawRun), run.Id.ToString(), after: new
        {
            Warning = window.Describe(),
            window.OfficesNotFinalized,
            window.StaffLeftOut,
            window.DaysToDeadline,
            Confirmation = request.FromPage ? request.TypedConfirmation?.Trim() : "command line",
        });
    }
}

public static class PollingStages
{
    // English: titles and outputs are resource keys, translated where shown (UiText.Of(DrawStages.Title(…)))
    public static readonly IReadOnlyList<PollingStage> All =
    [
        new(1, "Selection and roles", "Training lists"),
        new(2, "Parties", "Party lists and appointment orders"),
        new(3, "Stations", "Sealed allotment sheet"),
    ];
}
