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
/// An activity's register: the coordinator ticks everyone who came (on the day, or later from the paper list) and
/// everyone ticked earns the credits at once. Below it, the sessions already recorded. The network's coordinators take
/// any activity's register; the coordinators of the earn partner that runs it take that one's.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class RegisterModel(PeopleService people, CreditActivityService activities, CurrentPerson current, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RegisterForm Input { get; set; } = new();

    [TempData]
    public string? Awarded { get; set; }

    public CreditsContext Network { get; private set; } = null!;

    public CreditActivity Activity { get; private set; } = null!;

    public IReadOnlyList<NetworkMember> Members { get; private set; } = [];

    public IReadOnlyList<SessionTotal> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid activityId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(organisationId, activityId, cancellationToken) is { } refused)
        {
            return refused;
        }

        Input.SessionOn = DateParts.From(UkTime.Today(clock));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid activityId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(organisationId, activityId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var ticked = Input.People.Select(p => Guid.TryParse(p, out var id) ? id : Guid.Empty).ToList();
        var awarded = await activities.AwardAsync(Network.Me, activityId, new AwardInput(Input.SessionText, ticked, Input.Credits), cancellationToken);
        if (!awarded.Succeeded)
        {
            ModelState.AddFieldErrors(awarded.Errors);
            return Page();
        }

        Awarded = $"{awarded.Value.People}:{awarded.Value.Credits}";
        return RedirectToPage(new { organisationId, activityId });
    }

    /// <summary>Reads the page; null when it may be shown, otherwise what to answer instead.</summary>
    private async Task<IActionResult?> LoadAsync(Guid organisationId, Guid activityId, CancellationToken cancellationToken)
    {
        if (await CreditsContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } network
            || await activities.FindAsync(organisationId, activityId, cancellationToken) is not { } activity)
        {
            return NotFound();
        }

        if (!network.Coordinates && !await current.HasRoleAsync(activity.RunById, OrganisationRoles.Coordinating, cancellationToken))
        {
            return Forbid();
        }

        Network = network;
        Activity = activity;
        Members = await activities.MembersAsync(organisationId, cancellationToken);
        Sessions = await activities.SessionsAsync(activityId, cancellationToken);
        return null;
    }

    public sealed class RegisterForm
    {
        public DateParts SessionOn { get; set; } = new();

        public List<string> People { get; set; } = [];

        public string? Credits { get; set; }

        /// <summary>The day as Core reads it: year-month-day, or blank when nothing was typed.</summary>
        public string SessionText => SessionOn.Text;
    }
}
