using Coproduce.Core.Common;
using Coproduce.Core.People;
using Coproduce.Core.Transport;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Transport;

/// <summary>
/// When a driver drives: their usual evenings and hours, and their dates off. A driver opens their own; a coordinator
/// opens any driver's (<c>?driverId=</c>) to set it from a phone call.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class AvailabilityModel(PeopleService people, DriverService drivers, AvailabilityService availability, CurrentPerson current,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public WeekForm Week { get; set; } = new();

    [BindProperty]
    public DaysOffForm DaysOff { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public TransportContext Service { get; private set; } = null!;

    public DriverView Driver { get; private set; } = null!;

    public Availability Current { get; private set; } = new(null, []);

    /// <summary>Whether a coordinator is setting someone else's.</summary>
    public bool ForSomeoneElse => Driver.PersonId != Service.Me;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid? driverId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(organisationId, driverId, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Current.Week is { } week)
        {
            Week = new WeekForm
            {
                Days = [.. SpareDaysCalendar.Week.Where(d => week.Days.HasFlag(d)).Select(d => d.ToString())],
                From = week.From.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                Until = week.Until.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        return Page();
    }

    public Task<IActionResult> OnPostWeekAsync(Guid organisationId, Guid? driverId, CancellationToken cancellationToken) =>
        ActAsync(organisationId, driverId, nameof(Week),
            () => availability.SetWeekAsync(Service.Me, organisationId, Driver.PersonId, new WeekInput(Week.Days, Week.From, Week.Until), cancellationToken),
            cancellationToken);

    public Task<IActionResult> OnPostDaysOffAsync(Guid organisationId, Guid? driverId, CancellationToken cancellationToken) =>
        ActAsync(organisationId, driverId, nameof(DaysOff),
            () => availability.AddDaysOffAsync(Service.Me, organisationId, Driver.PersonId, new DaysOffInput(DaysOff.FirstDay.Text, DaysOff.LastDay.Text),
                cancellationToken),
            cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(Guid organisationId, Guid? driverId, Guid dayOffId, CancellationToken cancellationToken) =>
        ActAsync(organisationId, driverId, "Removed", () => availability.RemoveDaysOffAsync(Service.Me, organisationId, dayOffId, cancellationToken),
            cancellationToken);

    // Each form's refusals are shown against its own fields; a success says which was saved.
    private async Task<IActionResult> ActAsync<T>(Guid organisationId, Guid? driverId, string what, Func<Task<Result<T>>> act,
        CancellationToken cancellationToken)
    {
        if (await LoadAsync(organisationId, driverId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var done = await act();
        if (!done.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(done.Errors, what == nameof(Week) ? nameof(Week) : nameof(DaysOff));
            return Page();
        }

        Done = what;
        return RedirectToPage(new { organisationId, driverId });
    }

    private async Task<IActionResult?> LoadAsync(Guid organisationId, Guid? driverId, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        if (!service.Coordinates && !service.Drives)
        {
            return Forbid();
        }

        // Anyone's but a coordinator's own id is a missing page to a driver: they can't read another driver's days off by guessing.
        var whose = driverId is { } id && service.Coordinates ? id : service.Me;
        if (driverId is { } asked && asked != whose || await drivers.DriverAsync(organisationId, whose, cancellationToken) is not { } driver)
        {
            return NotFound();
        }

        (Service, Driver) = (service, driver);
        Current = await availability.AvailabilityAsync(organisationId, whose, UkTime.Today(clock), cancellationToken);
        return null;
    }

    public sealed class WeekForm
    {
        /// <summary>"Monday" ... "Sunday".</summary>
        public List<string> Days { get; set; } = [];

        public string? From { get; set; } = "18:00";

        public string? Until { get; set; } = "23:00";
    }

    public sealed class DaysOffForm
    {
        public DateParts FirstDay { get; set; } = new();

        public DateParts LastDay { get; set; } = new();
    }
}
