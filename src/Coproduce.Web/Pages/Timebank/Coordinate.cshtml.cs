using Coproduce.Core.People;
using Coproduce.Core.Timebank;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Timebank;

/// <summary>A coordinator's screen: every exchange still waiting (those only a coordinator can approve first), and requests nobody has answered.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
public sealed class CoordinateModel(PeopleService people, ExchangeService exchanges, PostService posts, CurrentPerson current) : PageModel
{
    public TimebankContext Timebank { get; private set; } = null!;

    public IReadOnlyList<ExchangeView> Pending { get; private set; } = [];

    public TimebankSettings Settings { get; private set; } = null!;

    /// <summary>An admin of the timebank (or a site admin), who may change its rules.</summary>
    public bool IsAdmin { get; private set; }

    /// <summary>Requests up for a fortnight that nobody has answered.</summary>
    public IReadOnlyList<PostView> Unanswered { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TimebankContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } timebank)
        {
            return NotFound();
        }

        Timebank = timebank;
        Pending = await exchanges.PendingInAsync(organisationId, cancellationToken);
        Settings = await exchanges.SettingsOfAsync(organisationId, cancellationToken);
        Unanswered = await posts.UnansweredRequestsAsync(organisationId, cancellationToken);
        IsAdmin = await current.HasRoleAsync(organisationId, [OrganisationRole.OrganisationAdmin], cancellationToken)
            || await current.IsSiteAdminAsync(cancellationToken);
        return Page();
    }
}
