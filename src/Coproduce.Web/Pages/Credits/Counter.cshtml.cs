using Coproduce.Core.Common;
using Coproduce.Core.Credits;
using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Credits;

/// <summary>
/// A venue's counter: take a member's credits for an offer, by the code on their phone or card, or take a printed
/// note, scanned or typed. The credits move at once; below, what the counter took today and before.
/// </summary>
[Authorize(Policy = CounterSignIn.Policy)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class CounterModel(PeopleService people, CreditPartnerService partners, CreditSpendingService spending, CreditNoteService notes,
    CurrentPerson current, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public CounterForm Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public VenueContext Venue { get; private set; } = null!;

    public IReadOnlyList<OfferView> Offers { get; private set; } = [];

    public PartnerActivity Activity { get; private set; } = new([], 0, 0);

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSpendAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var offerId = Guid.TryParse(Input.Offer, out var id) ? id : Guid.Empty;
        var spent = await spending.SpendAsync(Venue.At, offerId, new SpendInput(Input.MemberCode, Input.Adults, Input.Children), cancellationToken);
        if (!spent.Succeeded)
        {
            return Refused(spent.Errors);
        }

        var offer = Offers.First(o => o.Offer.Id == offerId).Offer;
        var member = await people.FindPersonAsync(spent.Value.PersonId!.Value, cancellationToken);
        var left = (await spending.BalanceAsync(member!.Id, offer.NetworkId, cancellationToken)).Minutes / 60;
        Done = text["Counter.Spent", CreditsWording.Count(text, spent.Value.Credits), offer.TitleIn(LanguageCultures.Current), member.Profile.Name,
            CreditsWording.Count(text, left)];
        return RedirectToPage(new { organisationId });
    }

    public async Task<IActionResult> OnPostNoteAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var redeemed = await notes.RedeemAsync(Venue.At, organisationId, Input.Note, Input.Pin, cancellationToken);
        if (!redeemed.Succeeded)
        {
            return Refused(redeemed.Errors);
        }

        Done = text["Counter.NoteTaken", CreditCodes.Grouped(redeemed.Value.Serial), CreditsWording.Count(text, redeemed.Value.Credits)];
        return RedirectToPage(new { organisationId });
    }

    /// <summary>Ends the shared counter's sign-in (a person signed in signs out in the usual way).</summary>
    public async Task<IActionResult> OnPostSignOutAsync(Guid organisationId)
    {
        await HttpContext.SignOutAsync(CounterSignIn.Scheme);
        return RedirectToPage("/Credits/CounterSignIn", new { organisationId });
    }

    private PageResult Refused(IReadOnlyList<FieldError> errors)
    {
        // Core's names for the note and the member are the counter's Note and MemberCode boxes.
        ModelState.AddFieldErrors(errors.Select(e => e.Field switch
        {
            "Token" => e with { Field = nameof(CounterForm.Note) },
            "Member" => e with { Field = nameof(CounterForm.MemberCode) },
            _ => e,
        }));
        return Page();
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await VenueContext.LoadAsync(people, partners, current, HttpContext, organisationId, cancellationToken) is not { } venue)
        {
            return false;
        }

        Venue = venue;
        var offers = new List<OfferView>();
        foreach (var network in venue.Networks)
        {
            offers.AddRange(await spending.OffersAsync(network.NetworkId, organisationId, cancellationToken));
        }

        Offers = offers;
        Activity = await spending.ActivityAtAsync(organisationId, cancellationToken);
        return true;
    }

    public sealed class CounterForm
    {
        public string? MemberCode { get; set; }

        public string? Offer { get; set; }

        public string? Adults { get; set; } = "1";

        public string? Children { get; set; } = "0";

        public string? Note { get; set; }

        public string? Pin { get; set; }
    }
}
