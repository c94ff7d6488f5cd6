namespace ElectionTool.Features.Draw;

/// <summary>
/// Splits the projector's slides into screens that fit without scrolling at 1366×768 and 1920×1080: a fixed
/// grid of <see cref="Rows"/> rows and a number of columns that suits the stage's line length.
/// </summary>
public static class LiveScreens
{
    public const int Rows = 10;

    /// <summary>Stage 1 lines are one name; stage 3 a party and a station; stage 2 a whole party.</summary>
    public static int Columns(int stage) => stage switch
    {
        1 => 3,
        3 => 2,
        _ => 1,
    };

    public static IReadOnlyList<LiveSlide> Split(IReadOnlyList<LiveSlide> slides, int stage)
    {
        var perScreen = Rows * Columns(stage);
        var screens = new List<LiveSlide>();
        foreach (var slide in slides)
        {
            var parts = Math.Max(1, (slide.Lines.Count + perScreen - 1) / perScreen);
            for (var part = 0; part < parts; part++)
            {
                var title = parts == 1 ? slide.Title : $"{slide.Title} ({part + 1}/{parts})";
                screens.Add(slide with { Title = title, Lines = slide.Lines.Skip(part * perScreen).Take(perScreen).ToList() });
            }
        }
        return screens;
    }
}
