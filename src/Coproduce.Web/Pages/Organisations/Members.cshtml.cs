using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.People;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Organisations;

/// <summary>The coordinator's screen: the organisation's members, and join requests to approve or decline.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class MembersModel(PeopleService people, CurrentPerson current, MembershipNotices notices) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyList<MemberOfOrganisation> Members { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    [TempData]
    public string? DoneName { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(Guid organisationId, Guid membershipId, CancellationToken cancellationToken) =>
        DecideAsync(organisationId, membershipId, approve: true, cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(Guid organisationId, Guid membershipId, CancellationToken cancellationToken) =>
        DecideAsync(organisationId, membershipId, approve: false, cancellationToken);

    private async Task<IActionResult> DecideAsync(Guid organisationId, Guid membershipId, bool approve, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        // Only a request in this organisation can be decided from its page.
        var request = Members.FirstOrDefault(m => m.Membership.Id == membershipId);
        var result = request is null
            ? null
            : await people.DecideAsync(current.Id!.Value, membershipId, approve, cancellationToken);
        if (result is null || !result.Succeeded)
        {
            ModelState.AddFieldErrors(result?.Errors ?? [new Core.Common.FieldError(string.Empty, "People.UnknownRequest")]);
            return Page();
        }

        await notices.DecidedAsync(result.Value, cancellationToken);
        Done = approve ? "Approved" : "Declined";
        DoneName = request!.Person.Profile.Name;
        return RedirectToPage(new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await people.FindOrganisationAsync(organisationId, cancellationToken) is not { } organisation)
        {
            return false;
        }

        Organisation = organisation;
        Members = await people.MembersOfAsync(organisationId, cancellationToken);
        return true;
    }
}
