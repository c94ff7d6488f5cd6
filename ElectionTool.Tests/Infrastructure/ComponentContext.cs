using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ElectionTool.Tests.Infrastructure;

/// <summary>
/// The bUnit context every component test starts from: MudBlazor's services, the app's localization, and JS calls
/// answered loosely (MudBlazor's own interop is not under test).
/// </summary>
public static class ComponentContext
{
    public static BunitContext New()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization();
        return ctx;
    }

    /// <summary>The same, falling back on a real service harness (SQLite and the app's services) for the rest.</summary>
    public static BunitContext Over(IServiceProvider services)
    {
        var ctx = New();
        ctx.Services.AddFallbackServiceProvider(services);
        return ctx;
    }
}
