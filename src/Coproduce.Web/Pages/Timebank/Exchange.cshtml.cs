using Coproduce.Core.People;
using Coproduce.Core.Timebank;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Timebank;

/// <summary>One exchange: who, what, how long, where it stands; the member asked (or a coordinator) confirms or declines it here.</summary>
[Authorize(Policy = AccessPolicies.InOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class ExchangeModel(PeopleService people, ExchangeService exchanges, CurrentPerson current) : PageModel
{
    [BindProperty]
    public DeclineInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public TimebankContext Timebank { get; private set; } = null!;

    public ExchangeView View { get; private set; } = null!;

    /// <summary>Pending, in an open timebank, and this person is the one asked (or coordinates).</summary>
    public bool MayDecide { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid exchangeId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, exchangeId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(Guid organisationId, Guid exchangeId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, exchangeId, cancellationToken))
        {
            return NotFound();
        }

        var confirmed = await exchanges.ConfirmAsync(Timebank.Me, exchangeId, cancellationToken);
        return Decided(confirmed.Succeeded, confirmed.Errors, "Confirmed", organisationId, exchangeId);
    }

    public async Task<IActionResult> OnPostDeclineAsync(Guid organisationId, Guid exchangeId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, exchangeId, cancellationToken))
        {
            return NotFound();
        }

        var declined = await exchanges.DeclineAsync(Timebank.Me, exchangeId, Input.Reason, cancellationToken);
        return Decided(declined.Succeeded, declined.Errors, "Declined", organisationId, exchangeId);
    }

    private IActionResult Decided(bool succeeded, IReadOnlyList<Core.Common.FieldError> errors, string done, Guid organisationId, Guid exchangeId)
    {
        if (!succeeded)
        {
            // A limit, or someone deciding a moment before: said above the buttons, and the page shows the exchange as it is.
            ModelState.AddFieldErrors(errors);
            return Page();
        }

        Done = done;
        return RedirectToPage(new { organisationId, exchangeId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, Guid exchangeId, CancellationToken cancellationToken)
    {
        if (await TimebankContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } timebank
            || await exchanges.FindAsync(timebank.Me, exchangeId, cancellationToken) is not { } view
            || view.Exchange.OrganisationId != organisationId)
        {
            return false;
        }

        (Timebank, View) = (timebank, view);
        var isOneOfTheTwo = timebank.Me == view.Exchange.GiverId || timebank.Me == view.Exchange.ReceiverId;
        MayDecide = view.Exchange.Status == ExchangeStatus.Pending && !timebank.Organisation.IsSuspended
            && (isOneOfTheTwo ? view.Exchange.AwaitingId == timebank.Me : timebank.Coordinates);
        return true;
    }

    public sealed class DeclineInput
    {
        public string? Reason { get; set; }
    }
}
