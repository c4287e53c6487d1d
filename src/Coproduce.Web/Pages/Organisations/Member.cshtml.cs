using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Organisations;

/// <summary>A member as their coordinator sees them: their details, and what was recorded for them and by whom.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
public sealed class MemberModel(PeopleService people, RoleService roles, LedgerService ledger, CurrentPerson current) : PageModel
{
    private static readonly OrganisationRole[] Admins = [OrganisationRole.OrganisationAdmin];

    public Organisation Organisation { get; private set; } = null!;

    public MemberOfOrganisation Member { get; private set; } = null!;

    public IReadOnlyList<HistoryLine> History { get; private set; } = [];

    /// <summary>The member's time-credit accounts, each with a link to its statement.</summary>
    public IReadOnlyList<LedgerAccount> Accounts { get; private set; } = [];

    /// <summary>The roles they hold here now.</summary>
    public IReadOnlyList<OrganisationRole> Roles { get; private set; } = [];

    /// <summary>The reader is an admin of the organisation (or of the site), so may change those roles.</summary>
    public bool CanChangeRoles { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken)
    {
        var organisation = await people.FindOrganisationAsync(organisationId, cancellationToken);
        // Only this organisation's members are shown here, whatever id is typed into the address.
        var member = organisation is null ? null
            : await people.FindMemberAsync(organisationId, personId, cancellationToken);
        if (organisation is null || member is null)
        {
            return NotFound();
        }

        Organisation = organisation;
        Member = member;
        History = await people.HistoryOfAsync(personId, cancellationToken: cancellationToken);
        Accounts = await ledger.AccountsOwnedByAsync(AccountOwnerKind.Member, personId, cancellationToken);
        Roles = (await roles.RolesOfAsync(organisationId, personId, cancellationToken))?.Roles ?? [];
        CanChangeRoles = !organisation.IsSuspended
            && (await current.HasRoleAsync(organisationId, Admins, cancellationToken) || await current.IsSiteAdminAsync(cancellationToken));
        return Page();
    }
}
