using ElectionTool.Features.Auditing;

namespace ElectionTool.Features.Common;

/// <summary>
/// Runs one operation in its own DI scope (its own DbContext), acting as the signed-in user. Pages use it
/// for services built on scoped Identity managers, so a long-lived circuit never shares a DbContext.
/// </summary>
public sealed class OperationRunner(IServiceScopeFactory scopes, CurrentUser currentUser)
{
    public async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> work) where TService : notnull
    {
        var name = await currentUser.GetNameAsync();
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(name);
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
