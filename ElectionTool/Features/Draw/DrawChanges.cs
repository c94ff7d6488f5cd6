using ElectionTool.Features.Common;

namespace ElectionTool.Features.Draw;

/// <summary>A stage was run, accepted or discarded.</summary>
public sealed record DrawStageChanged(int Stage, long RunId);

/// <summary>Tells the projector in the draw hall that the Admin ran, accepted or discarded a stage.</summary>
public sealed class DrawChanges(ILogger<DrawChanges> logger) : LiveUpdates<DrawStageChanged>(logger);
