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
