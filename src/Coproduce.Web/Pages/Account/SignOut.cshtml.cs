using Coproduce.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Account;

/// <summary>Signing out is a form post (with its antiforgery token), so a link on another site can't sign people out.</summary>
public sealed class SignOutModel(SignInManager<UserAccount> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignedOut");
    }
}
