namespace ElectionTool.Tests.Features.Language;

/// <summary>The app's source files, read from the repository the tests were built from.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string App => Path.Combine(Root, "ElectionTool");

    public static string Relative(string path) => Path.GetRelativePath(App, path).Replace('\\', '/');

    /// <summary>Pages and components (.razor) and the account pages (.cshtml), without build output.</summary>
    public static IEnumerable<string> Markup() =>
        Directory.EnumerateFiles(App, "*.razor", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(App, "*.cshtml", SearchOption.AllDirectories))
            .Where(f => !IsBuildOutput(f))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<string> Code() =>
        Directory.EnumerateFiles(App, "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f)).Order(StringComparer.Ordinal);

    private static bool IsBuildOutput(string path)
    {
        var relative = Relative(path);
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ElectionTool.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (ElectionTool.sln) was not found above the test binaries.");
    }
}
