using System.Runtime.CompilerServices;

namespace ElectionTool.Tests.Infrastructure;

/// <summary>
/// The suite starts hundreds of app hosts in one process. Each would hold inotify watchers (configuration reload,
/// static-file versions), and Linux allows 128 inotify instances per user by default: past that, requests fail.
/// Tests never edit files under a running host, so hosts here read configuration once and poll instead of watching.
/// </summary>
internal static class FileWatching
{
    [ModuleInitializer]
    internal static void PollInsteadOfWatching()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("ASPNETCORE_hostBuilder__reloadConfigOnChange", "false");
    }
}
