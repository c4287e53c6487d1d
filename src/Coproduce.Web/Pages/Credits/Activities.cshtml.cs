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
/// A network's activities, each with a link to take its register, and a form to set up another. The network's
/// coordinators see them all; an earn partner's coordinators see and set up only their own partner's.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class ActivitiesModel(PeopleService people, CreditActivityService activities, CreditPartnerService partners, CurrentPerson current) : PageModel
{
    [BindProperty]
    public ActivityForm Input { get; set; } = new();

    public CreditsContext Network { get; private set; } = null!;

    public IReadOnlyList<ActivityView> Activities { get; private set; } = [];

    /// <summary>Who an activity can be run by: the network itself (for its coordinators) and the earn partners the person may run.</summary>
    public IReadOnlyList<GovukSelectItem> RunByChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(organisationId, cancellationToken) is { } refused)
        {
            return refused;
        }

        // A partner's coordinator with one partner has no choice to make; the form then sends none.
        var chosen = Input.RunBy ?? (Network.Coordinates ? null : RunByChoices[0].Value);
        var runBy = Guid.TryParse(chosen, out var id) && id != organisationId ? id : (Guid?)null;
        var created = await activities.CreateAsync(Network.Me, organisationId,
            new ActivityInput(runBy, Input.Title, Input.TitleWelsh, Input.Credits, Input.Restrictions), cancellationToken);
        if (!created.Succeeded)
        {
            ModelState.AddFieldErrors(created.Errors);
            return Page();
        }

        return RedirectToPage("/Credits/Register", new { organisationId, activityId = created.Value.Id });
    }

    /// <summary>Reads the page; null when it may be shown, otherwise what to answer instead.</summary>
    private async Task<IActionResult?> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await CreditsContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } network)
        {
            return NotFound();
        }

        var language = LanguageCultures.Current;
        var earnPartners = (await partners.PartnersAsync(organisationId, cancellationToken)).Where(p => p.Partner.Earns).ToList();
        if (!network.Coordinates)
        {
            earnPartners = [.. await CreditsContext.EarnPartnersRunByAsync(partners, current, organisationId, cancellationToken)];
            if (earnPartners.Count == 0)
            {
                return Forbid();
            }
        }

        Network = network;
        var all = await activities.ActivitiesAsync(organisationId, cancellationToken);
        Activities = network.Coordinates ? all : [.. all.Where(a => earnPartners.Any(p => p.Partner.OrganisationId == a.Activity.RunById))];
        RunByChoices = [.. (network.Coordinates ? [new GovukSelectItem(organisationId.ToString(), network.Network.NameIn(language))] : Array.Empty<GovukSelectItem>())
            .Concat(earnPartners.Select(p => new GovukSelectItem(p.Partner.OrganisationId.ToString(), p.NameIn(language))))];
        return null;
    }

    public sealed class ActivityForm
    {
        public string? RunBy { get; set; }

        public string? Title { get; set; }

        public string? TitleWelsh { get; set; }

        public string? Credits { get; set; } = "1";

        public string? Restrictions { get; set; }
    }
}
