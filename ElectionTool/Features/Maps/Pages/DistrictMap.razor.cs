using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace ElectionTool.Features.Maps.Pages;

/// <summary>The view of the map (which part of the canvas shows, at what zoom) and its layers; the browser reports drags and wheel zooms.</summary>
public sealed partial class DistrictMap : IAsyncDisposable
{
    [Inject] private IOptions<MapOptions> Maps { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired] public required MapScene Scene { get; set; }

    /// <summary>Printed or pre-rendered: no controls, all layers.</summary>
    [Parameter] public bool Static { get; set; }
    [Parameter] public bool HighContrast { get; set; }
    [Parameter] public string Height { get; set; } = "70vh";

    /// <summary>The page's own controls, at the start of the map's tool row (e.g. which unit to show).</summary>
    [Parameter] public RenderFragment? Toolbar { get; set; }

    private readonly HashSet<string> _on = [.. MapLayers.Vector, MapLayers.Tiles];
    private MapProjection _p = default!;
    private double _vx, _vy, _vw, _vh;
    private double? _aspect;
    private double _pixelsAcross = 1280;
    private MapStation? _selected;
    private MapScene? _drawn;
    private ElementReference _svg;
    private IJSObjectReference? _module;
    private DotNetObjectReference<DistrictMap>? _self;

    /// <summary>The layers a user can switch: the tiles only when the district has a tile server.</summary>
    private IEnumerable<string> Layers => Maps.Value.HasTiles ? [.. MapLayers.Vector, MapLayers.Tiles] : MapLayers.Vector;

    /// <summary>The tiles under the current view, or null when there is no tile server (then nothing is asked of any server).</summary>
    private IReadOnlyList<MapTile>? Tiles => Maps.Value.HasTiles && _on.Contains(MapLayers.Tiles) ? _p.Tiles(_vx, _vy, _vw, _vh, _pixelsAcross) : null;

    /// <summary>SVG units per unit of the whole map's width: line widths and markers times this stay the same size on screen at any zoom.</summary>
    private double K => _vw / MapProjection.Width;

    /// <summary>SVG units that show as this many screen pixels: markers keep one size on any screen and at any zoom.</summary>
    private double Px(double pixels) => pixels * _vw / _pixelsAcross;

    private string ViewBox => $"{MapProjection.N(_vx)} {MapProjection.N(_vy)} {MapProjection.N(_vw)} {MapProjection.N(_vh)}";

    private int ScaleKm => new[] { 1, 2, 5, 10, 20, 50, 100 }.FirstOrDefault(km => _p.PerKm * km > _vw / 8, 100);

    private static double MinWidth => MapProjection.Width / 64;

    private static double MaxWidth => MapProjection.Width * 2;

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(_drawn, Scene))
        {
            _drawn = Scene;
            _p = new MapProjection(Scene);
            _selected = null;
            Reset();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && !Static)
        {
            _self = DotNetObjectReference.Create(this);
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Features/Maps/Pages/DistrictMap.razor.js");
            if (_module is not null)
            {
                await _module.InvokeVoidAsync("attach", _svg, _self, MinWidth, MaxWidth);
            }
        }
    }

    /// <summary>Called from DistrictMap.razor.js when a drag or a wheel zoom ends, so the next render keeps the view.</summary>
    [JSInvokable]
    public void SetView(double x, double y, double width, double height)
    {
        if (double.IsFinite(x) && double.IsFinite(y) && width > 0 && height > 0)
        {
            (_vx, _vy, _vw, _vh) = (x, y, width, height);
            StateHasChanged();
        }
    }

    /// <summary>Called from DistrictMap.razor.js with the map's size on screen: the view takes its shape, so the whole frame is map.</summary>
    [JSInvokable]
    public void SetFrame(double widthPx, double heightPx)
    {
        if (widthPx > 0 && heightPx > 0)
        {
            (_aspect, _pixelsAcross) = (widthPx / heightPx, widthPx);
            var (cx, cy) = (_vx + _vw / 2, _vy + _vh / 2);
            var (w, h) = Fit(_vw, _vh);
            (_vx, _vy, _vw, _vh) = (cx - w / 2, cy - h / 2, w, h);
            StateHasChanged();
        }
    }

    /// <summary>The smallest box of the frame's shape that holds a width × height box.</summary>
    private (double Width, double Height) Fit(double width, double height) =>
        _aspect is not { } a ? (width, height) : width / height < a ? (height * a, height) : (width, width / a);

    private static string ColourOf(MapStation s) => s.WomenManaged ? "#d81b60" : s.Critical ? "#b71c1c" : "#0d47a1";

    private void Toggle(string layer, bool on) => _ = on ? _on.Add(layer) : _on.Remove(layer);

    private void Pick(MapStation station) => _selected = station;

    private void Unpick() => _selected = null;

    private void Reset()
    {
        var (w, h) = Fit(MapProjection.Width, _p.Height);
        (_vx, _vy, _vw, _vh) = ((MapProjection.Width - w) / 2, (_p.Height - h) / 2, w, h);
    }

    private void Zoom(double factor)
    {
        var (cx, cy) = (_vx + _vw / 2, _vy + _vh / 2);
        var width = Math.Clamp(_vw * factor, MinWidth, MaxWidth);
        (_vh, _vw) = (_vh * width / _vw, width);
        (_vx, _vy) = (cx - _vw / 2, cy - _vh / 2);
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("detach", _svg);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone with the browser tab; nothing to detach.
            }
        }

        _self?.Dispose();
    }
}
