using Coproduce.Core.Common;
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

/// <summary>
/// What a venue accepts credits for, and a form to add an offer; for its admin, the passcode of its shared counter.
/// The venue's staff may open it: its coordinators and admins, and the coordinators of a network it accepts credits in.
/// </summary>
[Authorize(Policy = CounterSignIn.StaffPolicy)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class OffersModel(PeopleService people, CreditPartnerService partners, CreditSpendingService spending, CurrentPerson current) : PageModel
{
    [BindProperty]
    public OfferForm Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public VenueContext Venue { get; private set; } = null!;

    public IReadOnlyList<OfferView> Offers { get; private set; } = [];

    public IReadOnlyList<Organisation> Networks { get; private set; } = [];

    public bool Administers { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostOfferAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        // A venue in one network (most are) isn't asked which.
        var network = Networks.Count == 1 ? Networks[0].Id : Guid.TryParse(Input.Network, out var chosen) ? chosen : Guid.Empty;
        var created = await spending.CreateOfferAsync(current.Id!.Value, network, organisationId,
            new OfferInput(Input.Title, Input.TitleWelsh, Input.AdultPrice, Input.ChildPrice, Input.DailyPlaces, Input.Restrictions,
                Input.EndsOn.Text),
            cancellationToken);
        return Finish(created.Errors, "Offer");
    }

    public async Task<IActionResult> OnPostPasscodeAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var set = await partners.SetCounterPasscodeAsync(current.Id!.Value, organisationId, Input.Passcode, cancellationToken);
        return Finish(set.Errors, "Passcode");
    }

    private IActionResult Finish(IReadOnlyList<FieldError> errors, string done)
    {
        if (errors.Count > 0)
        {
            ModelState.AddFieldErrors(errors);
            return Page();
        }

        Done = done;
        return RedirectToPage(new { organisationId = Venue.Venue.Id });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await VenueContext.LoadAsync(people, partners, current, HttpContext, organisationId, cancellationToken) is not { } venue)
        {
            return false;
        }

        Venue = venue;
        var offers = new List<OfferView>();
        var networks = new List<Organisation>();
        foreach (var partnership in venue.Networks)
        {
            offers.AddRange(await spending.OffersAsync(partnership.NetworkId, organisationId, cancellationToken));
            networks.Add((await people.FindOrganisationAsync(partnership.NetworkId, cancellationToken))!);
        }

        Offers = offers;
        Networks = networks;
        Administers = await current.HasRoleAsync(organisationId, [OrganisationRole.OrganisationAdmin], cancellationToken)
            || await current.IsSiteAdminAsync(cancellationToken);
        return true;
    }

    public sealed class OfferForm
    {
        public string? Network { get; set; }

        public string? Title { get; set; }

        public string? TitleWelsh { get; set; }

        public string? AdultPrice { get; set; }

        public string? ChildPrice { get; set; }

        public string? DailyPlaces { get; set; }

        public string? Restrictions { get; set; }

        public DateParts EndsOn { get; set; } = new();

        public string? Passcode { get; set; }
    }
}
