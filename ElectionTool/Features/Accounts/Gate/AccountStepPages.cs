using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace ElectionTool.Features.Accounts.Gate;

/// <summary>The account pages a user with a pending step may open: the step's own pages, and signing out.</summary>
public static class AccountStepPages
{
    private static readonly (string Page, AccountStep[] Steps)[] Pages =
    [
        ("/Account/Manage/ChangePassword", [AccountStep.ChangePassword]),
        ("/Account/Manage/TwoFactorAuthentication", [AccountStep.EnableTwoFactor]),
        ("/Account/Manage/EnableAuthenticator", [AccountStep.EnableTwoFactor]),
        ("/Account/Manage/ShowRecoveryCodes", [AccountStep.EnableTwoFactor]),
        ("/Account/Manage/ResetAuthenticator", [AccountStep.EnableTwoFactor]),
        ("/Account/Logout", [AccountStep.ChangePassword, AccountStep.EnableTwoFactor]),
    ];

    public static void Mark(PageConventionCollection conventions)
    {
        foreach (var (page, steps) in Pages)
        {
            conventions.AddAreaPageApplicationModelConvention("Identity", page, model => model.EndpointMetadata.Add(new AccountStepPage(steps)));
        }
    }
}
