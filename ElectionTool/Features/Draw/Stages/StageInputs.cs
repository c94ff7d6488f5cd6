using ElectionTool.Features.Duties;

namespace ElectionTool.Features.Draw.Stages;

/// <summary>The readers of live draw input, one per kind of draw; a stage definition picks its own.</summary>
public sealed class StageInputs(DrawInputBuilder polling, DutyInputBuilder duties, Counting.CountingInputBuilder counting)
{
    public DrawInputBuilder Polling => polling;
    public DutyInputBuilder Duties => duties;
    public Counting.CountingInputBuilder Counting => counting;
}
