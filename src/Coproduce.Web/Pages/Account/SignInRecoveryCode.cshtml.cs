using Coproduce.Core.People;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Account;

/// <summary>Signing in with a recovery code when the phone with the authenticator app is lost.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInRecoveryCodeModel(SignInManager<UserAccount> signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var code = (Input.Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError("Input.Code", text["TwoFactor.RecoveryRequired"]);
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/dashboard"));
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("/Account/Locked");
        }

        ModelState.AddModelError("Input.Code", text["Identity.RecoveryCodeRedemptionFailed"]);
        return Page();
    }

    public sealed class CodeInput
    {
        public string? Code { get; set; }
    }
}
