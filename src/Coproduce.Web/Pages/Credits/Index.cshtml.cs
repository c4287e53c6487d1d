using Coproduce.Core.Credits;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Coproduce.Web.Components;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Credits;

/// <summary>
/// A member's time credits in a network: what they hold, their code to show at a counter (with its QR code), where
/// they can spend, and links for coordinators to the registers, the printed notes and the partners.
/// </summary>
[Authorize(Policy = AccessPolicies.InOrganisation)]
public sealed class IndexModel(PeopleService people, CreditSpendingService spending, CreditPartnerService partners, LedgerService ledger,
    CurrentPerson current) : PageModel
{
    public CreditsContext Network { get; private set; } = null!;

    /// <summary>Whole credits held.</summary>
    public long Credits { get; private set; }

    /// <summary>The member's code, grouped for reading aloud; none for a coordinator who is no member.</summary>
    public string? Code { get; private set; }

    public string? CodeImage { get; private set; }

    /// <summary>The member's own account there, for the statement link; none before they first earn.</summary>
    public Guid? AccountId { get; private set; }

    public IReadOnlyList<OfferView> Offers { get; private set; } = [];

    /// <summary>For a coordinator: the venues whose counters they can work.</summary>
    public IReadOnlyList<PartnerView> Counters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await CreditsContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } network)
        {
            return NotFound();
        }

        Network = network;
        Offers = await spending.OffersAsync(organisationId, cancellationToken: cancellationToken);
        if (network.Coordinates)
        {
            Counters = [.. (await partners.PartnersAsync(organisationId, cancellationToken)).Where(p => p.Partner.Accepts)];
        }

        if (network.IsMember)
        {
            Credits = (await spending.BalanceAsync(network.Me, organisationId, cancellationToken)).Minutes / 60;
            if ((await spending.CardAsync(network.Me, organisationId, cancellationToken)).Value is { } card)
            {
                Code = CreditCodes.Grouped(card.Code);
                CodeImage = QrCodes.DataUri(card.Code, 6);
            }

            AccountId = (await ledger.AccountsOwnedByAsync(AccountOwnerKind.Member, network.Me, cancellationToken))
                .FirstOrDefault(a => a.HeldAtOrganisationId == organisationId && a.IsOpen)?.Id;
        }

        return Page();
    }
}
