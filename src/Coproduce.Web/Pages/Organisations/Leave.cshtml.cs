using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Organisations;

/// <summary>A member leaves an organisation, saying why. Their other memberships carry on.</summary>
[EnableRateLimiting(RateLimits.Posting)]
public sealed class LeaveModel(PeopleService people, MembershipEnding ending, LedgerService ledger, CurrentPerson current) : PageModel
{
    [BindProperty]
    public EndMembershipModel.EndInput Input { get; set; } = new();

    [TempData]
    public bool Left { get; set; }

    public Organisation Organisation { get; private set; } = null!;

    /// <summary>What will happen to their balance here.</summary>
    public BalanceOnLeaving Balance { get; private set; } = null!;

    /// <summary>The roles the signed-in person holds here; none once they have left.</summary>
    public IReadOnlyList<OrganisationRole> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var me = current.Id!.Value;
        var ended = await ending.EndAsync(me, organisationId, me, Input.Reason, cancellationToken);
        if (!ended.Succeeded)
        {
            ModelState.AddFieldErrors(ended.Errors);
            return Page();
        }

        Left = true;
        return RedirectToPage(new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await people.FindOrganisationAsync(organisationId, cancellationToken) is not { } organisation)
        {
            return false;
        }

        Organisation = organisation;
        var me = current.Id!.Value;
        Roles = [.. (await people.ActiveRolesAsync(organisationId, me, cancellationToken)).Select(m => m.Membership.Role)];
        Balance = new BalanceOnLeaving(organisation, await ledger.BalanceHeldAtAsync(me, organisationId, cancellationToken), "Leave", string.Empty);
        return true;
    }
}
