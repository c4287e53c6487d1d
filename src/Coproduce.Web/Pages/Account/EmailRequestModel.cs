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
/// "Send me an email" pages (confirm again, reset password). The answer is the same whether or not the address has an
/// account, so the pages can't be used to find out who is a member.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Registration)]
public abstract class EmailRequestModel(UserManager<UserAccount> users, PeopleService people, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = Input.Email?.Trim() ?? string.Empty;
        if (!PeopleRules.IsEmailAddress(email))
        {
            ModelState.AddModelError("Input.Email", text[email.Length == 0 ? "SignIn.EmailRequired" : "Identity.InvalidEmail"]);
            return Page();
        }

        var user = await users.FindByEmailAsync(email);
        if (user is not null && await people.FindPersonAsync(user.PersonId, cancellationToken) is { } person)
        {
            await SendAsync(user, person, cancellationToken);
        }

        Sent = true;
        return Page();
    }

    private protected abstract Task SendAsync(UserAccount user, Person person, CancellationToken cancellationToken);

    public sealed class EmailInput
    {
        public string? Email { get; set; }
    }
}

public sealed class ResendConfirmationModel(UserManager<UserAccount> users, PeopleService people, AccountEmails emails,
    IStringLocalizer<SharedResource> text) : EmailRequestModel(users, people, text)
{
    private protected override async Task SendAsync(UserAccount user, Person person, CancellationToken cancellationToken)
    {
        if (!user.EmailConfirmed)
        {
            await emails.SendConfirmationAsync(user, person, cancellationToken);
        }
    }
}

public sealed class ForgotPasswordModel(UserManager<UserAccount> users, PeopleService people, AccountEmails emails,
    IStringLocalizer<SharedResource> text) : EmailRequestModel(users, people, text)
{
    private protected override Task SendAsync(UserAccount user, Person person, CancellationToken cancellationToken) =>
        emails.SendPasswordResetAsync(user, person, cancellationToken);
}
