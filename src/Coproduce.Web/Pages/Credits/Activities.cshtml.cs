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

/// <summary>A network's activities, each with a link to take its register, and a form to set up another.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class ActivitiesModel(PeopleService people, CreditActivityService activities, CreditPartnerService partners, CurrentPerson current) : PageModel
{
    [BindProperty]
    public ActivityForm Input { get; set; } = new();

    public CreditsContext Network { get; private set; } = null!;

    public IReadOnlyList<ActivityView> Activities { get; private set; } = [];

    /// <summary>The earn partners an activity can be run by, beside the network itself.</summary>
    public IReadOnlyList<PartnerView> EarnPartners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var runBy = Guid.TryParse(Input.RunBy, out var id) && id != organisationId ? id : (Guid?)null;
        var created = await activities.CreateAsync(Network.Me, organisationId,
            new ActivityInput(runBy, Input.Title, Input.TitleWelsh, Input.Credits, Input.Restrictions), cancellationToken);
        if (!created.Succeeded)
        {
            ModelState.AddFieldErrors(created.Errors);
            return Page();
        }

        return RedirectToPage("/Credits/Register", new { organisationId, activityId = created.Value.Id });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await CreditsContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } network)
        {
            return false;
        }

        Network = network;
        Activities = await activities.ActivitiesAsync(organisationId, cancellationToken);
        EarnPartners = [.. (await partners.PartnersAsync(organisationId, cancellationToken)).Where(p => p.Partner.Earns)];
        return true;
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
