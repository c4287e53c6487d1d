using Coproduce.Core.Common;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Coproduce.Core.Timebank;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Timebank;

/// <summary>A member's timebank: their balance, what waits for them to confirm, and their exchanges.</summary>
[Authorize(Policy = AccessPolicies.InOrganisation)]
public sealed class IndexModel(PeopleService people, ExchangeService exchanges, PostService posts, CurrentPerson current, TimeProvider clock) : PageModel
{
    public TimebankContext Timebank { get; private set; } = null!;

    public Balance Balance { get; private set; }

    public IReadOnlyList<ExchangeView> Exchanges { get; private set; } = [];

    /// <summary>Their own offers and requests, up or not.</summary>
    public IReadOnlyList<PostView> MyPosts { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>For a coordinator: how many exchanges wait for one.</summary>
    public int WaitingForCoordinators { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TimebankContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } timebank)
        {
            return NotFound();
        }

        Timebank = timebank;
        Balance = await exchanges.BalanceAsync(timebank.Me, organisationId, cancellationToken);
        Exchanges = await exchanges.ExchangesOfAsync(timebank.Me, organisationId, cancellationToken);
        MyPosts = await posts.PostsOfAsync(timebank.Me, organisationId, cancellationToken);
        Today = UkTime.Today(clock);
        if (timebank.Coordinates)
        {
            WaitingForCoordinators = (await exchanges.PendingInAsync(organisationId, cancellationToken)).Count;
        }

        return Page();
    }
}
