using Coproduce.Core.People;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Account;

/// <summary>The second step of signing in: the 6-digit code from an authenticator app.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInTwoFactorModel(SignInManager<UserAccount> signIn, IStringLocalizer<SharedResource> text) : PageModel
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

        var code = new string((Input.Code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (code.Length != 6)
        {
            ModelState.AddModelError("Input.Code", text["TwoFactor.CodeFormat"]);
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/dashboard"));
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("/Account/Locked");
        }

        ModelState.AddModelError("Input.Code", text["TwoFactor.CodeWrong"]);
        return Page();
    }

    public sealed class CodeInput
    {
        public string? Code { get; set; }
    }
}
