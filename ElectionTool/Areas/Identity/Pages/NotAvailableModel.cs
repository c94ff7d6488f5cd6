using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ElectionTool.Areas.Identity.Pages;

/// <summary>
/// Replaces Identity UI pages the district does not offer: self-registration, e-mail flows (there is no
/// mail server on the LAN; the Admin resets passwords), external logins and self-deletion of accounts.
/// </summary>
[AllowAnonymous]
public sealed class NotAvailableModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}
