using Coproduce.Core.People;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Account;

[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ChangePasswordModel(UserManager<UserAccount> users, SignInManager<UserAccount> signIn,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(Input.CurrentPassword))
        {
            ModelState.AddModelError("Input.CurrentPassword", text["ChangePassword.CurrentRequired"]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", text["Register.PasswordRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.Password!);
        if (!result.Succeeded)
        {
            // The only refusal about the current password is a mismatch; everything else is about the new one.
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.CurrentPassword" : "Input.Password", error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Done = "PasswordChanged";
        return RedirectToPage("/Account/Security");
    }

    public sealed class PasswordInput
    {
        public string? CurrentPassword { get; set; }

        public string? Password { get; set; }
    }
}
