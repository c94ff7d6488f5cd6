using MudBlazor;

namespace ElectionTool.Components.Layout;

/// <summary>
/// The projector's high-contrast dark theme, derived from <see cref="ElectionTheme"/>: the same hues on a near-black
/// navy ground, with large type so the back of a training hall can read it.
/// </summary>
public static class ProjectorTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteDark = new PaletteDark
        {
            Primary = "#8fb4ff",
            Secondary = ElectionTheme.Default.PaletteLight.Secondary,
            Tertiary = ElectionTheme.Default.PaletteLight.Tertiary,
            Warning = ElectionTheme.Saffron,
            Success = "#3ddc84",
            Error = "#ff6b6b",
            Info = "#64b5f6",
            Background = "#07142b",
            Surface = "#0f2347",
            AppbarBackground = ElectionTheme.Navy,
            TextPrimary = "#ffffff",
            TextSecondary = "#d0d8e8",
            LinesDefault = "#35507f",
            TableLines = "#35507f",
            DrawerBackground = "#07142b",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ElectionTheme.Default.Typography.Default.FontFamily,
                FontSize = "1.25rem",
            },
        },
        LayoutProperties = ElectionTheme.Default.LayoutProperties,
    };
}
