namespace ElectionTool.Features.Employees;

/// <summary>7th CPC pay matrix: the basic-pay range of each level (first and last cell, in rupees).</summary>
public static class PayMatrix
{
    private static readonly (int Min, int Max)[] Levels =
    [
        (18000, 56900), (19900, 63200), (21700, 69100), (25500, 81100), (29200, 92300), (35400, 112400),
        (44900, 142400), (47600, 151100), (53100, 167800), (56100, 177500), (67700, 208700), (78800, 209200),
        (123100, 216600), (144200, 218200), (182200, 224100), (205400, 224400), (225000, 225000), (250000, 250000),
    ];

    public const int MinLevel = 1;
    public const int MaxLevel = 18;

    public static (int Min, int Max) Range(int level) => Levels[level - 1];
}
