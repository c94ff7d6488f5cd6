using MudBlazor;

namespace ElectionTool.Components.Layout;

/// <summary>The app's one palette: every colour on screen comes from here (a projector theme will derive from it).</summary>
public static class ElectionTheme
{
    public const string Navy = "#1f3a68";
    public const string Saffron = "#e07b00";

    public static readonly MudTheme Default = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = Navy,
            Secondary = "#5c6b80",
            Tertiary = "#138808",
            Warning = Saffron,
            AppbarBackground = Navy,
            AppbarText = "#ffffff",
            Background = "#f5f6f8",
            DrawerBackground = "#ffffff",
            DrawerText = "#1f2937",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Roboto", "Noto Sans", "Noto Sans Devanagari", "Segoe UI", "Arial", "sans-serif"],
            },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
