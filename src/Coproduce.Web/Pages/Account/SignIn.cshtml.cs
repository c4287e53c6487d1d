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

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(SignInManager<UserAccount> signIn, SignInDestination destination, IStringLocalizer<SharedResource> text)
    : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool NotConfirmed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var email = Input.Email?.Trim() ?? string.Empty;
        if (email.Length == 0)
        {
            ModelState.AddModelError("Input.Email", text["SignIn.EmailRequired"]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", text["SignIn.PasswordRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Every failed attempt counts towards lockout, so guessing stops after a few tries.
        var result = await signIn.PasswordSignInAsync(email, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(await destination.AfterSignInAsync(ReturnUrl, Url, HttpContext.RequestAborted));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInTwoFactor", new { ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("/Account/Locked");
        }

        if (result.IsNotAllowed)
        {
            NotConfirmed = true;
            ModelState.AddModelError(string.Empty, text["SignIn.NotConfirmed"]);
            return Page();
        }

        // The same words whether the email or the password was wrong: the page must not reveal who has an account.
        ModelState.AddModelError("Input.Email", text["SignIn.Failed"]);
        return Page();
    }

    /// <summary>What the browser needs to offer this site's passkeys (called by the page's script).</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() =>
        Content(await signIn.MakePasskeyRequestOptionsAsync(user: null), "application/json");

    /// <summary>Signs in with the passkey the browser chose.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync(string? credential)
    {
        var result = string.IsNullOrEmpty(credential) ? null : await signIn.PasskeySignInAsync(credential);
        if (result is { Succeeded: true })
        {
            return LocalRedirect(await destination.AfterSignInAsync(ReturnUrl, Url, HttpContext.RequestAborted));
        }

        if (result is { IsLockedOut: true })
        {
            return RedirectToPage("/Account/Locked");
        }

        ModelState.AddModelError(string.Empty, text["Passkeys.SignInFailed"]);
        return Page();
    }

    public sealed class SignInInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
