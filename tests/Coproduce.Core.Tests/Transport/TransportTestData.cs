using Coproduce.Core.People;
using Coproduce.Core.Transport;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.People.PeopleTestData;

namespace Coproduce.Core.Tests.Transport;

/// <summary>
/// An evening transport service for the transport tests: Nia coordinates it; Rhys, Ceri and Owain drive for it.
/// Alys coordinates a timebank, not the service.
/// </summary>
internal sealed record EveningRider(Guid Id, Guid Timebank, Guid Nia, Guid Rhys, Guid Ceri, Guid Owain, Guid Alys);

internal static class TransportTestData
{
    public static async Task<EveningRider> SeedEveningRiderAsync(this TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        var now = database.Clock.GetUtcNow();
        var service = AddOrganisation(db, now, OrganisationKind.TransportService, "Vale Evening Rider", "Taith Nos y Dyffryn");
        var timebank = AddOrganisation(db, now, OrganisationKind.Timebank, "Garw Valley Timebank");
        Guid Add(string name, Guid organisationId, OrganisationRole role) => AddPerson(db, now, name, Language.English, EmailOf(name), null,
            (organisationId, role)).Id;
        var rider = new EveningRider(service.Id, timebank.Id,
            Add("Nia Roberts", service.Id, OrganisationRole.Coordinator),
            Add("Rhys Hughes", service.Id, OrganisationRole.Driver),
            Add("Ceri Lewis", service.Id, OrganisationRole.Driver),
            Add("Owain Price", service.Id, OrganisationRole.Driver),
            Add("Alys Jones", timebank.Id, OrganisationRole.Coordinator));
        await db.SaveChangesAsync();
        return rider;
    }

    public static FleetService Fleet(this TestDatabase database) => database.Services.GetRequiredService<FleetService>();

    public static DriverService Drivers(this TestDatabase database) => database.Services.GetRequiredService<DriverService>();

    public static BookingRulesService BookingRules(this TestDatabase database) => database.Services.GetRequiredService<BookingRulesService>();

    public static PassengerService Passengers(this TestDatabase database) => database.Services.GetRequiredService<PassengerService>();

    public static PlacesService Places(this TestDatabase database) => database.Services.GetRequiredService<PlacesService>();

    public static BookingService Bookings(this TestDatabase database) => database.Services.GetRequiredService<BookingService>();

    /// <summary>The service's rules as a coordinator types them: 24 hours' notice, 28 days ahead, 15 km round Barry, 18:00 to 23:30, 60 and over.</summary>
    public static BookingRulesInput Rules(string notice = "24", string ahead = "28", string centre = "51.4016, -3.2680", string radius = "15",
        string from = "18:00", string until = "23:30", string minimumAge = "60") =>
        new(notice, ahead, "Barry", centre, radius, from, until, minimumAge, "01446 700 111");

    /// <summary>A passenger's registration, each answer overridable. The home is in Barry, near the area's centre.</summary>
    public static PassengerInput Registration(string born = "1944-6-1", string[]? grounds = null, string mobility = "Walks", string? companion = null,
        string? companionMobility = null, string? home = "51.4050, -3.2700") =>
        new(born, grounds ?? ["Age"], "The last bus home leaves at six", mobility, companion, companionMobility, "4 Park Road, Barry CF62 6NU", home,
            "Carys Morgan", "07700 900123");

    /// <summary>A minibus as a coordinator types it in, each answer overridable.</summary>
    public static VehicleInput Minibus(string registration = "CU19 ABC", string seats = "12", string spaces = "1", string access = "Lift",
        string weight = "4100", string permitExpires = "2027-6-30", string[]? days = null, string from = "18:00", string until = "23:30") =>
        new("Minibus 1", registration, seats, spaces, access, weight, "Rhyl depot", "S19/0042", permitExpires,
            days ?? ["Thursday", "Friday", "Saturday"], from, until);

    /// <summary>A driver's checks as typed from the documents, each answer overridable.</summary>
    public static DriverChecksInput Checks(string licence = "D1", string born = "1961-4-2", string held = "1980-5-1", string midas = "Accessible",
        string? midasOn = "2024-9-14", string? pats = null, string? dbs = "2024-1-10") =>
        new(licence, born, held, midas, midasOn, pats, dbs);
}
