using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ElectionTool.Areas.Identity.Pages;

/// <summary>
/// Identity UI's pages throw when reached out of sequence — the two-factor sign-in page with no sign-in under way,
/// "turn off two-factor" or "new recovery codes" for a user who has no two-factor sign-in. That reached users as
/// HTTP 500. Here the sign-in pages go back to the sign-in form and the others answer 404.
/// </summary>
public sealed class OutOfSequenceFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is InvalidOperationException && !executed.ExceptionHandled && IsIdentityUiPage(context))
        {
            executed.ExceptionHandled = true;
            var page = context.ActionDescriptor.ViewEnginePath;
            executed.Result = page.StartsWith("/Account/LoginWith", StringComparison.OrdinalIgnoreCase)
                ? new RedirectToPageResult("/Account/Login", new { area = "Identity" })
                : new NotFoundResult();
        }
    }

    private static bool IsIdentityUiPage(PageHandlerExecutingContext context) =>
        context.HandlerInstance.GetType().Namespace?.StartsWith("Microsoft.AspNetCore.Identity.UI", StringComparison.Ordinal) == true;
}
