using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Organisations;

/// <summary>A coordinator ends someone's membership, with a reason: every role they hold here ends; their history stays.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class EndMembershipModel(PeopleService people, MembershipEnding ending, LedgerService ledger, CurrentPerson current) : PageModel
{
    [BindProperty]
    public EndInput Input { get; set; } = new();

    public Organisation Organisation { get; private set; } = null!;

    /// <summary>What will happen to their balance here.</summary>
    public BalanceOnLeaving Balance { get; private set; } = null!;

    public Person Person { get; private set; } = null!;

    /// <summary>The roles that will end.</summary>
    public IReadOnlyList<OrganisationRole> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, personId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, personId, cancellationToken))
        {
            return NotFound();
        }

        var ended = await ending.EndAsync(current.Id!.Value, organisationId, personId, Input.Reason, cancellationToken);
        if (!ended.Succeeded)
        {
            ModelState.AddFieldErrors(ended.Errors);
            return Page();
        }

        TempData["Done"] = "Ended";
        TempData["DoneName"] = Person.Profile.Name;
        return RedirectToPage("/Organisations/Members", new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken)
    {
        var organisation = await people.FindOrganisationAsync(organisationId, cancellationToken);
        var roles = organisation is null ? [] : await people.ActiveRolesAsync(organisationId, personId, cancellationToken);
        if (organisation is null || roles.Count == 0)
        {
            return false;
        }

        Organisation = organisation;
        Person = roles[0].Person;
        Roles = [.. roles.Select(r => r.Membership.Role)];
        Balance = new BalanceOnLeaving(organisation, await ledger.BalanceHeldAtAsync(personId, organisationId, cancellationToken),
            "EndMembership", Person.Profile.Name);
        return true;
    }

    public sealed class EndInput
    {
        public string? Reason { get; set; }
    }
}
