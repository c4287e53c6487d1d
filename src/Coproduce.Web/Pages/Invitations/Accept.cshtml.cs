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

namespace Coproduce.Web.Pages.Invitations;

/// <summary>
/// Where an invitation's link lands. Someone signed in accepts it with a button; someone with an account for the
/// address signs in first; anyone else makes their account here, its address already proven by the link, and is
/// signed in with the role given.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Registration)]
public sealed class AcceptModel(InvitationService invitations, AccountRegistration registration, PeopleService people,
    UserManager<UserAccount> users, SignInManager<UserAccount> signIn, CurrentPerson current, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>The secret from the email's link.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public NewAccountInput Input { get; set; } = new();

    /// <summary>Set once accepted, for the confirmation panel.</summary>
    [TempData]
    public bool Accepted { get; set; }

    /// <summary>The invitation, or none when the link is not valid.</summary>
    public InvitationToAccept? Invitation { get; private set; }

    /// <summary>Who is signed in, if anyone.</summary>
    public Person? SignedIn { get; private set; }

    /// <summary>Whether an account already uses the invitation's address (so they sign in rather than make one).</summary>
    public bool AccountExists { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        await LoadAsync(invitationId, cancellationToken);
        Input.Language = (Invitation?.Invitation.Language ?? LanguageCultures.Current).Code();
        return Invitation is null ? NotFoundPage() : Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        await LoadAsync(invitationId, cancellationToken);
        if (Invitation is null)
        {
            return NotFoundPage();
        }

        if (SignedIn is null)
        {
            return Challenge();
        }

        return await AcceptAsync(invitationId, SignedIn.Id, cancellationToken);
    }

    public async Task<IActionResult> OnPostCreateAccountAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        await LoadAsync(invitationId, cancellationToken);
        if (Invitation is null)
        {
            return NotFoundPage();
        }

        // Signed in already, or the address has an account: this form isn't shown, so a post of it is stale.
        if (SignedIn is not null || AccountExists || Invitation.Standing != InvitationStanding.Open)
        {
            return RedirectToPage(new { invitationId, Code });
        }

        var email = Invitation.Invitation.Email;
        var checkedProfile = new ProfileInput { Name = Input.Name, Language = Input.Language, Email = email }.Check(people, today: null);
        if (!checkedProfile.Succeeded)
        {
            ModelState.AddFieldErrors(checkedProfile.Errors);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", text["Register.PasswordRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (user, person, outcome) = await registration.RegisterAsync(checkedProfile.Value!, email, Input.Password!, emailConfirmed: true);
        if (user is null || person is null)
        {
            ModelState.AddIdentityErrors(outcome);
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return await AcceptAsync(invitationId, person.Id, cancellationToken);
    }

    private async Task<IActionResult> AcceptAsync(Guid invitationId, Guid personId, CancellationToken cancellationToken)
    {
        var accepted = await invitations.AcceptAsync(invitationId, Code, personId, cancellationToken);
        if (!accepted.Succeeded)
        {
            ModelState.AddFieldErrors(accepted.Errors);
            await LoadAsync(invitationId, cancellationToken);
            return Page();
        }

        Accepted = true;
        return RedirectToPage(new { invitationId, Code });
    }

    private async Task LoadAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        Invitation = await invitations.OpenAsync(invitationId, Code, cancellationToken);
        SignedIn = await current.GetAsync(cancellationToken);
        AccountExists = Invitation is not null && await users.FindByEmailAsync(Invitation.Invitation.Email) is not null;
    }

    // The page explains the link is not valid, with the status a missing page has.
    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    public sealed class NewAccountInput
    {
        public string? Name { get; set; }

        public string? Password { get; set; }

        public string? Language { get; set; }
    }
}
