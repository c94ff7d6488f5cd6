namespace ElectionTool.Features.Elections;

/// <summary>Tells open screens (the app bar's election chip) that the current election or its details changed.</summary>
public sealed class ElectionChanges
{
    public event Func<Task>? Changed;

    public void Publish()
    {
        foreach (var handler in Changed?.GetInvocationList().Cast<Func<Task>>() ?? [])
        {
            _ = handler();
        }
    }
}
