using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Account;

/// <summary>Creating an account: a person and their login, saved together, then an email to confirm the address.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Registration)]
public sealed class RegisterModel(AccountRegistration registration, PeopleService people, AccountEmails emails,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet() => Input.Language = LanguageCultures.Current == Language.Welsh ? "cy" : "en";

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = Input.Email?.Trim() ?? string.Empty;
        var checkedProfile = new ProfileInput { Name = Input.Name, Language = Input.Language, Email = email }.Check(people, today: null);
        if (!checkedProfile.Succeeded)
        {
            ModelState.AddFieldErrors(checkedProfile.Errors);
        }

        if (email.Length == 0)
        {
            ModelState.AddModelError("Input.Email", text["SignIn.EmailRequired"]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", text["Register.PasswordRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (user, person, outcome) = await registration.RegisterAsync(checkedProfile.Value!, email, Input.Password!);
        if (user is null || person is null)
        {
            ModelState.AddIdentityErrors(outcome);
            return Page();
        }

        await emails.SendConfirmationAsync(user, person, cancellationToken);
        TempData["RegisteredEmail"] = email;
        return RedirectToPage("/Account/CheckYourEmail");
    }

    public sealed class RegisterInput
    {
        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? Language { get; set; }
    }
}
