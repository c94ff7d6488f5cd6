using ElectionTool.Features.Accounts;
using ElectionTool.Features.Export;
using ElectionTool.Hosting;

namespace ElectionTool.Cli;

public sealed class UsersCommand : ICliCommand
{
    public string Name => "users";
    public string Usage => "users create-admin --user NAME [--name \"FULL NAME\"] | users reset-password --user NAME | users create-office-accounts";
    public string Summary => "Creates an Admin, issues a new one-time password, or creates operator accounts for offices without one; passwords are printed once.";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        var accounts = services.GetRequiredService<AccountService>();
        switch (args.Positional.FirstOrDefault())
        {
            case "create-admin":
                var userName = args.Require("user");
                var created = await accounts.CreateAccountAsync(
                    new NewAccountInput { UserName = userName, FullName = args.Get("name") ?? userName, Role = Roles.Admin }, ct);
                return Print(created, "created Admin");
            case "reset-password":
                return Print(await accounts.ResetPasswordAsync(args.Require("user"), ct), "new one-time password for");
            case "create-office-accounts":
                var slips = await accounts.CreateOfficeOperatorAccountsAsync(ct);
                Console.Write(SpreadsheetText.CsvLine(["UserName", "OfficeCode", "OfficeName", "OneTimePassword"]));
                foreach (var slip in slips)
                {
                    Console.Write(SpreadsheetText.CsvLine([slip.UserName, slip.OfficeCode ?? "", slip.OfficeName ?? "", slip.OneTimePassword]));
                }
                Console.Error.WriteLine($"{slips.Count} office account(s) created.");
                return 0;
            default:
                throw new CliUsageException("say create-admin, reset-password or create-office-accounts");
        }
    }

    private static int Print(AccountOutcome outcome, string what)
    {
        if (outcome.Slip is null)
        {
            Console.Error.WriteLine($"users: {outcome.Error}");
            return 1;
        }
        Console.WriteLine($"{what} '{outcome.Slip.UserName}': one-time password {outcome.Slip.OneTimePassword}");
        Console.WriteLine("It must be changed at first sign-in. It is not stored and will not be shown again.");
        return 0;
    }
}
