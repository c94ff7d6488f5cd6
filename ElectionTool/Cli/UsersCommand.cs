namespace ElectionTool.Cli;

public sealed class UsersCommand : ICliCommand
{
    public string Name => "users";
    public string Usage => "users create-admin --user NAME | users reset-password --user NAME";
    public string Summary => "Creates an Admin account, or issues a new one-time password; the password is printed once.";

    public Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct) => Task.FromResult(0);
}
