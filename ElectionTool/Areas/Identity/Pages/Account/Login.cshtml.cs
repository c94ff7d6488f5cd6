using System.ComponentModel.DataAnnotations;
using ElectionTool.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ElectionTool.Areas.Identity.Pages.Account;

/// <summary>
/// Sign-in by user name (office code for operators). Replaces the Identity UI page because that one signs
/// in by e-mail, links to self-registration and does not count failures towards lockout.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signInManager, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    [TempData]
    public string? ErrorMessage { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your user name.")]
        [Display(Name = "User name")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in on this computer")]
        public bool RememberMe { get; set; }
    }

    public async Task OnGetAsync(string? returnUrl = null)
    {
        if (!string.IsNullOrEmpty(ErrorMessage))
        {
            ModelState.AddModelError(string.Empty, ErrorMessage);
        }
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        ReturnUrl = SafeReturnUrl(returnUrl);
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = SafeReturnUrl(returnUrl);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signInManager.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("{UserName} signed in", Input.UserName);
            return LocalRedirect(ReturnUrl);
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl, Input.RememberMe });
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("{UserName} is locked out", Input.UserName);
            return RedirectToPage("./Lockout");
        }
        ModelState.AddModelError(string.Empty, Resources.UiText.Of("Wrong user name or password. After 5 failed attempts the account is locked for 15 minutes."));
        return Page();
    }

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/");
}
