using Coproduce.Core.People;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Admin.People;

/// <summary>One person as a site admin sees them: their details, every membership, and what the audit log last says about them.</summary>
[Authorize(Policy = AccessPolicies.SiteAdmin)]
public sealed class PersonModel(PeopleService people, AuditLog log) : PageModel
{
    /// <summary>How many audit entries the page shows before linking to the rest.</summary>
    public const int RecentEntries = 10;

    public Person Person { get; private set; } = null!;

    public bool HasLogin { get; private set; }

    public IReadOnlyList<MembershipOfPerson> Memberships { get; private set; } = [];

    public IReadOnlyList<AuditLogLine> Recent { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid personId, CancellationToken cancellationToken)
    {
        if (await people.FindPersonAsync(personId, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        HasLogin = await people.HasLoginAsync(personId, cancellationToken);
        Memberships = await people.MembershipsOfAsync(personId, cancellationToken);
        Recent = await log.RecentForPersonAsync(personId, RecentEntries, cancellationToken);
        return Page();
    }
}
