using Coproduce.Core.Common;
using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Invitations;

/// <summary>
/// An organisation's coordinators and admins (and site admins, for a new organisation) invite people by email to a
/// role, and resend or withdraw the invitations still waiting.
/// </summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class IndexModel(PeopleService people, InvitationService invitations, CurrentPerson current) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    /// <summary>What was just done, for the success banner: "Sent", "Resent" or "Withdrawn", and to whom.</summary>
    [TempData]
    public string? Done { get; set; }

    [TempData]
    public string? DoneTo { get; set; }

    public Organisation Organisation { get; private set; } = null!;

    /// <summary>The roles the signed-in person may invite to here.</summary>
    public IReadOnlyList<OrganisationRole> Roles { get; private set; } = [];

    public IReadOnlyList<WaitingInvitation> Waiting { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        Input.Language = LanguageCultures.Current.Code();
        if (Roles.Count == 1)
        {
            Input.Role = Roles[0].ToString();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        // A role or language that isn't one at all is told like a missing choice; the service judges the rest.
        var role = OrganisationRoles.FromName(Input.Role);
        var language = LanguageCultures.FromCode(Input.Language);
        if (role is null)
        {
            ModelState.AddFieldErrors([new FieldError(nameof(InviteInput.Role), "Invitation.RoleRequired")]);
        }

        if (language is null)
        {
            ModelState.AddFieldErrors([new FieldError(nameof(InviteInput.Language), "People.LanguageRequired")]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var sent = await invitations.InviteAsync(current.Id!.Value, organisationId, Input.Email, role!.Value, language!.Value, cancellationToken);
        if (!sent.Succeeded)
        {
            ModelState.AddFieldErrors(sent.Errors);
            return Page();
        }

        return Finished(organisationId, "Sent", sent.Value!.Email);
    }

    public Task<IActionResult> OnPostResendAsync(Guid organisationId, Guid invitationId, CancellationToken cancellationToken) =>
        ChangeAsync(organisationId, invitationId, "Resent", () => invitations.ResendAsync(current.Id!.Value, invitationId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(Guid organisationId, Guid invitationId, CancellationToken cancellationToken) =>
        ChangeAsync(organisationId, invitationId, "Withdrawn", () => invitations.WithdrawAsync(current.Id!.Value, invitationId, cancellationToken), cancellationToken);

    private async Task<IActionResult> ChangeAsync(Guid organisationId, Guid invitationId, string done, Func<Task<Result<Invitation>>> change,
        CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        // Only an invitation on this organisation's list: the route's organisation is the one the policy checked.
        var changed = Waiting.Any(w => w.Invitation.Id == invitationId)
            ? await change()
            : Result<Invitation>.Refused(new FieldError(string.Empty, "Invitation.NotWaiting"));
        if (!changed.Succeeded)
        {
            // Told above the form; nothing changed.
            ModelState.AddFieldErrors(changed.Errors);
            Input.Language = LanguageCultures.Current.Code();
            return Page();
        }

        return Finished(organisationId, done, changed.Value!.Email);
    }

    private RedirectToPageResult Finished(Guid organisationId, string done, string email)
    {
        Done = done;
        DoneTo = email;
        return RedirectToPage(new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await people.FindOrganisationAsync(organisationId, cancellationToken) is not { } organisation)
        {
            return false;
        }

        Organisation = organisation;
        Roles = await invitations.RolesInvitableByAsync(current.Id!.Value, organisationId, cancellationToken);
        Waiting = await invitations.WaitingAsync(organisationId, cancellationToken);
        return true;
    }

    public sealed class InviteInput
    {
        public string? Email { get; set; }

        public string? Role { get; set; }

        public string? Language { get; set; }
    }
}
