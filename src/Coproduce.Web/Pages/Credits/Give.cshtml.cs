using Coproduce.Core.Credits;
using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Credits;

/// <summary>A member gives credits away: to another member, by the code on their card or phone, or to a cause.</summary>
[Authorize(Policy = AccessPolicies.InOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class GiveModel(PeopleService people, CreditSpendingService spending, CurrentPerson current) : PageModel
{
    [BindProperty]
    public GiftForm Input { get; set; } = new();

    [TempData]
    public string? Given { get; set; }

    public CreditsContext Network { get; private set; } = null!;

    public long Credits { get; private set; }

    public IReadOnlyList<NetworkMember> Causes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostMemberAsync(Guid organisationId, CancellationToken cancellationToken) =>
        GiveAsync(organisationId, Input.MemberCode, null, Input.Credits, Input.Note, cancellationToken);

    public Task<IActionResult> OnPostCauseAsync(Guid organisationId, CancellationToken cancellationToken) =>
        GiveAsync(organisationId, null, Guid.TryParse(Input.Cause, out var cause) ? cause : Guid.Empty, Input.CauseCredits, null, cancellationToken);

    private async Task<IActionResult> GiveAsync(Guid organisationId, string? memberCode, Guid? cause, string? credits, string? note,
        CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var given = await spending.GiveAsync(Network.Me, organisationId, new GiftInput(Network.Me, memberCode, cause, credits, note), cancellationToken);
        if (!given.Succeeded)
        {
            // Each form names its own boxes, so an error lands beside the box it is about.
            ModelState.AddFieldErrors(given.Errors.Select(e => e.Field switch
            {
                "ToMemberCode" => e with { Field = nameof(GiftForm.MemberCode) },
                "Credits" when cause is not null => e with { Field = nameof(GiftForm.CauseCredits) },
                _ => e,
            }));
            return Page();
        }

        Given = (given.Value.Amount.Minutes / 60).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return RedirectToPage(new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await CreditsContext.LoadAsync(people, current, organisationId, cancellationToken) is not { IsMember: true } network)
        {
            return false;
        }

        Network = network;
        Credits = (await spending.BalanceAsync(network.Me, organisationId, cancellationToken)).Minutes / 60;
        Causes = await spending.CausesAsync(organisationId, cancellationToken);
        return true;
    }

    public sealed class GiftForm
    {
        public string? MemberCode { get; set; }

        public string? Cause { get; set; }

        public string? Credits { get; set; }

        public string? Note { get; set; }

        public string? CauseCredits { get; set; }
    }
}
