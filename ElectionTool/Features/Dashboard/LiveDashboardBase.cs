using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ElectionTool.Features.Dashboard;

/// <summary>
/// A screen that follows the staff lists live: resolves the viewer's scope on the server, loads, then re-loads on each
/// coalesced update from <see cref="DashboardLive"/> (and on a slow timer as a fallback), re-rendering on its circuit.
/// </summary>
public abstract class LiveDashboardBase : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _closing = new();
    private IDisposable? _live;
    private ITimer? _fallback;
    private bool _disposed;

    [Inject] private DashboardLive Live { get; set; } = default!;
    [Inject] private DashboardScopeResolver ScopeResolver { get; set; } = default!;
    [Inject] protected TimeProvider Time { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    /// <summary>Who may see what; null until resolved.</summary>
    protected DashboardScope? Scope { get; private set; }

    /// <summary>When this screen last re-read its figures.</summary>
    protected DateTimeOffset? RefreshedAt { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        Scope = await ScopeResolver.ResolveAsync((await AuthState).User, _closing.Token);
        await LoadAsync();
        if (RendererInfo.IsInteractive && !_disposed)
        {
            _live = Live.Subscribe(_ => RefreshOnCircuitAsync());
            var period = FallbackRefresh ?? Live.Options.FallbackRefresh;
            _fallback = Time.CreateTimer(_ => _ = RefreshOnCircuitAsync(), null, period, period);
        }
    }

    /// <summary>Re-read period without any change announced; null uses the configured one.</summary>
    protected virtual TimeSpan? FallbackRefresh => null;

    /// <summary>Reads the screen's figures for <see cref="Scope"/>.</summary>
    protected abstract Task RefreshAsync(DashboardScope scope, CancellationToken ct);

    private async Task LoadAsync()
    {
        if (Scope is not null && !_disposed)
        {
            await RefreshAsync(Scope, _closing.Token);
            RefreshedAt = Time.GetUtcNow();
        }
    }

    private async Task RefreshOnCircuitAsync()
    {
        if (_disposed)
        {
            return;
        }
        try
        {
            await InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            });
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // The screen closed while it was refreshing.
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _live?.Dispose();
        _fallback?.Dispose();
        _closing.Cancel();
        GC.SuppressFinalize(this);
    }
}
