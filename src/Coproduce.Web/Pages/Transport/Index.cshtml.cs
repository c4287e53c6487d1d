using Coproduce.Core.Common;
using Coproduce.Core.People;
using Coproduce.Core.Transport;
using Coproduce.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Transport;

/// <summary>
/// A transport service's start page: for a driver, their own checks and when each runs out; for a coordinator, the
/// fleet, the drivers, and whatever runs out within the next 30 days. Drivers hold no member's role, so the page lets
/// in the service's drivers and coordinators itself.
/// </summary>
[Authorize]
public sealed class IndexModel(PeopleService people, DriverService drivers, FleetService fleet, BookingService bookings, CurrentPerson current,
    TimeProvider clock) : PageModel
{
    public TransportContext Service { get; private set; } = null!;

    /// <summary>For a driver: their own record.</summary>
    public DriverView? MyChecks { get; private set; }

    /// <summary>For a coordinator: what runs out soon, or has.</summary>
    public IReadOnlyList<Expiring> Expiring { get; private set; } = [];

    /// <summary>For a coordinator: the evenings of the coming fortnight with trips booked.</summary>
    public IReadOnlyList<(DateOnly Evening, int Trips)> Coming { get; private set; } = [];

    public int Vehicles { get; private set; }

    public int Drivers { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        if (!service.Coordinates && !service.Drives)
        {
            return Forbid();
        }

        Service = service;
        Today = UkTime.Today(clock);
        if (service.Drives)
        {
            MyChecks = await drivers.DriverAsync(organisationId, service.Me, cancellationToken);
        }

        if (service.Coordinates)
        {
            Expiring = await drivers.ExpiringAsync(organisationId, Today, cancellationToken);
            Vehicles = (await fleet.VehiclesAsync(organisationId, cancellationToken)).Count;
            Drivers = (await drivers.DriversAsync(organisationId, cancellationToken)).Count;
            Coming = await bookings.CountsAsync(organisationId, Today, Today.AddDays(13), cancellationToken);
        }

        return Page();
    }
}
