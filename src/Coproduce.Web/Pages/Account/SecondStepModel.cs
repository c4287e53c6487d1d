using Coproduce.Core.People;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Account;

/// <summary>
/// The second step of signing in, after the password: a code from the authenticator app, or a recovery code. Only
/// reachable half-way through signing in; otherwise it sends people back to the start.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public abstract class SecondStepModel(SignInManager<UserAccount> signIn, SignInDestination destination, IStringLocalizer<SharedResource> text)
    : PageModel
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

        if (Tidy(Input.Code) is not { } code)
        {
            ModelState.AddModelError("Input.Code", text[MissingMessage]);
            return Page();
        }

        var result = await SignInAsync(signIn, code);
        if (result.Succeeded)
        {
            return LocalRedirect(await destination.AfterSignInAsync(ReturnUrl, Url, HttpContext.RequestAborted));
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("/Account/Locked");
        }

        ModelState.AddModelError("Input.Code", text[WrongMessage]);
        return Page();
    }

    /// <summary>The code as the sign-in manager wants it, or none when what was typed can't be one.</summary>
    private protected abstract string? Tidy(string? typed);

    private protected abstract string MissingMessage { get; }

    private protected abstract string WrongMessage { get; }

    private protected abstract Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(SignInManager<UserAccount> signIn, string code);

    public sealed class CodeInput
    {
        public string? Code { get; set; }
    }
}
