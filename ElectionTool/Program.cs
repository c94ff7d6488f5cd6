using ElectionTool.Cli;
using ElectionTool.Hosting;

if (DrawBundleCommand.IsOfflineVerify(args))
{
    // Verifying an audit bundle needs no database: run it before the app (and its migration) exists.
    return DrawBundleCommand.VerifyOffline(args);
}

var isCommand = CommandLine.IsCommand(args);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = isCommand ? [] : args,
    // A Windows service starts in System32: serve wwwroot from beside the binaries instead.
    ContentRootPath = Microsoft.Extensions.Hosting.WindowsServices.WindowsServiceHelpers.IsWindowsService() ? AppContext.BaseDirectory : null,
});
builder.AddElectionTool();
if (isCommand)
{
    // A command prints its own results; the log says only what went wrong.
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    });
}
var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
    await initializer.MigrateAsync();
    if (isCommand)
    {
        return await CommandLine.RunAsync(scope.ServiceProvider, args);
    }
    await initializer.EnsureAdminAsync();
}

app.MapElectionTool();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so the test host can start the real app.</summary>
public partial class Program;
