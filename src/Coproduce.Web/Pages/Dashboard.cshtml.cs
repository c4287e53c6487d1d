using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Coproduce.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Pages;

/// <summary>A signed-in person's starting point: their time credits, their organisations and roles, and what waits for them.</summary>
public sealed class DashboardModel(CurrentPerson current, IDbContextFactory<CoproduceDbContext> contexts) : PageModel
{
    public Person Person { get; private set; } = null!;

    public IReadOnlyList<MembershipOfPerson> Memberships { get; private set; } = [];

    public IReadOnlyList<LedgerAccount> Accounts { get; private set; } = [];

    /// <summary>Requests waiting in each organisation this person coordinates.</summary>
    public IReadOnlyDictionary<Guid, int> Waiting { get; private set; } = new Dictionary<Guid, int>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } person)
        {
            return Challenge();
        }

        Person = person;
        Memberships = await current.MembershipsAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Accounts = await db.LedgerAccounts.AsNoTracking()
            .Where(a => a.OwnerKind == AccountOwnerKind.Member && a.OwnerId == person.Id).ToListAsync(cancellationToken);
        var coordinated = Memberships.Where(m => m.Membership.Status == MembershipStatus.Active && m.Membership.Role.IsCoordinating())
            .Select(m => m.Organisation.Id).Distinct().ToList();
        Waiting = await db.Memberships.AsNoTracking()
            .Where(m => coordinated.Contains(m.OrganisationId) && m.Status == MembershipStatus.Requested)
            .GroupBy(m => m.OrganisationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return Page();
    }
}
