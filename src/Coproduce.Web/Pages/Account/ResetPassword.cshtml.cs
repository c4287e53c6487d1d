using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Account;

/// <summary>The link in the reset email lands here: choose a new password.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ResetPasswordModel(UserManager<UserAccount> users, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", text["Register.PasswordRequired"]);
            return Page();
        }

        var user = await users.FindByIdAsync(UserId.ToString());
        var token = AccountEmails.Decode(Code);
        if (user is null || token is null)
        {
            ModelState.AddModelError(string.Empty, text["Identity.InvalidToken"]);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, token, Input.Password!);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result);
            return Page();
        }

        // Whoever was guessing the old password is not locked out of the new one, and neither is the owner.
        await users.SetLockoutEndDateAsync(user, null);
        Done = true;
        return Page();
    }

    public sealed class PasswordInput
    {
        public string? Password { get; set; }
    }
}
