using ElectionTool.Data.Entities;
using ElectionTool.Features.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;

namespace ElectionTool.Features.Accounts.Gate;

/// <summary>
/// When authorization refuses a user who has a pending account step, sends a page request to the page that
/// completes the step instead of "access denied". If the step was done since the cookie was issued (e.g. the
/// authenticator was just turned on), the cookie is re-issued and the request tried again.
/// </summary>
public sealed class AccountStepRedirect : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden || !context.User.HasClaim(c => c.Type == Hosting.ElectionClaims.AccountStep))
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var services = context.RequestServices;
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = await users.GetUserAsync(context.User);
        if (user is null)
        {
            await services.GetRequiredService<SignInManager<AppUser>>().SignOutAsync();
            context.Response.Redirect(context.Request.PathBase + "/Identity/Account/Login");
            return;
        }
        var step = await AccountSteps.PendingAsync(users, services.GetRequiredService<DistrictSettingsService>(), user);
        if (step == AccountStep.None && HttpMethods.IsGet(context.Request.Method))
        {
            await services.GetRequiredService<SignInManager<AppUser>>().RefreshSignInAsync(user);
            context.Response.Redirect(context.Request.PathBase + context.Request.Path + context.Request.QueryString);
            return;
        }
        if (HttpMethods.IsGet(context.Request.Method) && step != AccountStep.None)
        {
            context.Response.Redirect(context.Request.PathBase + AccountSteps.PagePath(step));
            return;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
