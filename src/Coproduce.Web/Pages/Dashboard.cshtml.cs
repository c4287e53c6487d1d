using Coproduce.Core.Credits;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Coproduce.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages;

/// <summary>A signed-in person's starting point: their time credits, their organisations and roles, and what waits for them.</summary>
public sealed class DashboardModel(CurrentPerson current, LedgerService ledger, PeopleService people, CommissioningService commissioning,
    CreditPartnerService partners) : PageModel
{
    public Person Person { get; private set; } = null!;

    public IReadOnlyList<MembershipOfPerson> Memberships { get; private set; } = [];

    public IReadOnlyList<LedgerAccount> Accounts { get; private set; } = [];

    /// <summary>Requests waiting in each organisation this person coordinates.</summary>
    public IReadOnlyDictionary<Guid, int> Waiting { get; private set; } = new Dictionary<Guid, int>();

    /// <summary>For each organisation this person coordinates, the time-credit networks it earns credits for (its activities are there).</summary>
    public ILookup<Guid, Organisation> EarnsFor { get; private set; } = Array.Empty<Organisation>().ToLookup(o => o.Id);

    /// <summary>For a commissioner: the organisations their bodies commission, whose reports they may read.</summary>
    public IReadOnlyList<Organisation> Commissioned { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } person)
        {
            return Challenge();
        }

        Person = person;
        Memberships = await current.MembershipsAsync(cancellationToken);
        Accounts = await ledger.AccountsOwnedByAsync(AccountOwnerKind.Member, person.Id, cancellationToken);
        var coordinated = Memberships.Where(m => m.Membership.Status == MembershipStatus.Active && m.Membership.Role.IsCoordinating())
            .Select(m => m.Organisation.Id).Distinct().ToList();
        Waiting = await people.WaitingRequestsAsync(coordinated, cancellationToken);
        EarnsFor = await partners.NetworksEarnedForAsync(coordinated, cancellationToken);
        Commissioned = await commissioning.ReportsReadableByAsync(person.Id, cancellationToken);
        return Page();
    }
}
