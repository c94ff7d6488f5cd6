using ElectionTool.Features.Common;

namespace ElectionTool.Features.Elections;

/// <summary>The current election or its details changed.</summary>
public sealed record ElectionChanged;

/// <summary>Tells open screens (the app bar's election chip) that the current election or its details changed.</summary>
public sealed class ElectionChanges(ILogger<ElectionChanges> logger) : LiveUpdates<ElectionChanged>(logger)
{
    public void Publish() => Publish(new ElectionChanged());
}
