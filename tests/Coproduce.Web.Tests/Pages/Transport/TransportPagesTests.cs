using System.Globalization;
using System.Net;
using Coproduce.Core.Common;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Pages.Transport;

/// <summary>The evening transport's fleet and drivers through the pages, on the demo community, in English and Welsh.</summary>
public class TransportPagesTests
{
    [Fact]
    public async Task Sian_adds_a_minibus_after_a_welsh_refusal_that_adds_nothing()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var service = await ServiceAsync(app);
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var path = $"/transport/{service}/vehicles";
        var before = await app.Db(db => db.TransportVehicles.CountAsync());

        using var refused = await sian.PostFormAsync("/cy" + path, Minibus("Steps"));
        var welsh = WebUtility.HtmlDecode(await refused.ReadHtmlAsync());
        Assert.Contains("Mae problem wedi codi", welsh, StringComparison.Ordinal);
        Assert.Contains("Mae angen ramp neu lifft ar gerbyd sydd â lleoedd i gadeiriau olwyn", welsh, StringComparison.Ordinal);
        Assert.Equal(before, await app.Db(db => db.TransportVehicles.CountAsync()));

        using var added = await sian.PostFormAsync(path, Minibus("Ramp"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = WebUtility.HtmlDecode(await sian.GetHtmlAsync(added.Headers.Location!.OriginalString));
        Assert.Contains("Minibus 4 is in the fleet", page, StringComparison.Ordinal);
        Assert.Contains("Mon, Wed, 18:00–22:00", page, StringComparison.Ordinal);
        Assert.Equal(before + 1, await app.Db(db => db.TransportVehicles.CountAsync()));
    }

    [Fact]
    public async Task Sian_sees_whose_checks_ran_out_and_records_a_new_dbs_check_so_gwilym_can_drive_again()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var service = await ServiceAsync(app);
        var gwilym = await app.Db(db => db.People.Where(p => p.Profile.Name == "Gwilym Jones").Select(p => p.Id).SingleAsync());
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");

        var start = WebUtility.HtmlDecode(await sian.GetHtmlAsync($"/transport/{service}"));
        var drivers = WebUtility.HtmlDecode(await sian.GetHtmlAsync($"/cy/transport/{service}/drivers"));
        var form = await sian.GetHtmlAsync($"/transport/{service}/drivers/{gwilym}");
        using var future = await sian.PostFormAsync($"/cy/transport/{service}/drivers/{gwilym}", Checks(UkTime.Today(TimeProvider.System).AddDays(3)));
        using var saved = await sian.PostFormAsync($"/transport/{service}/drivers/{gwilym}", Checks(UkTime.Today(TimeProvider.System).AddDays(-1)));
        var after = WebUtility.HtmlDecode(await sian.GetHtmlAsync($"/transport/{service}/drivers"));

        // Gwilym's DBS check is overdue, Sandra's MiDAS runs out within the month, and so does Minibus 3's permit.
        Assert.Contains("DBS check due for renewal", start, StringComparison.Ordinal);
        Assert.Contains("Gwilym Jones", start, StringComparison.Ordinal);
        Assert.Contains("Sandra Evans", start, StringComparison.Ordinal);
        Assert.Contains("Minibus 3", start, StringComparison.Ordinal);
        Assert.Contains("Na: daeth gwiriad i ben", drivers, StringComparison.Ordinal);
        Assert.Contains("value=\"D1\" checked", form, StringComparison.Ordinal);
        Assert.Contains("Rhaid i'r dyddiad fod heddiw neu yn y gorffennol", WebUtility.HtmlDecode(await future.ReadHtmlAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("No: a check ran out", after, StringComparison.Ordinal);
        Assert.Equal(UkTime.Today(TimeProvider.System).AddDays(-1),
            await app.Db(db => db.TransportDriverChecks.Where(c => c.PersonId == gwilym).Select(c => c.DbsCheckedOn).SingleAsync()));
    }

    [Fact]
    public async Task Rhys_finds_his_own_checks_from_his_dashboard_and_nobody_elses()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var service = await ServiceAsync(app);
        using var rhys = app.CreateBrowser();
        await rhys.SignInAsync("rhys@coproduce.test");

        var dashboard = await rhys.GetHtmlAsync("/cy/dashboard");
        var own = WebUtility.HtmlDecode(await rhys.GetHtmlAsync($"/cy/transport/{service}"));
        using var drivers = await rhys.GetAsync(new Uri($"/transport/{service}/drivers", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains($"href=\"/cy/transport/{service}\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("Eich trwydded a'ch gwiriadau", own, StringComparison.Ordinal);
        Assert.Contains("Trwydded bws mini (categori D1)", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Gwilym Jones", own, StringComparison.Ordinal);
        Assert.Contains("/account/access-denied", drivers.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rhys_sets_the_evenings_he_drives_and_a_day_off_after_a_welsh_refusal_and_sian_sets_aleds_for_him()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var service = await ServiceAsync(app);
        var aled = await app.Db(db => db.People.Where(p => p.Profile.Name == "Aled Roberts").Select(p => p.Id).SingleAsync());
        using var rhys = app.CreateBrowser();
        await rhys.SignInAsync("rhys@coproduce.test");
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var path = $"/transport/{service}/availability";
        var nextWeek = UkTime.Today(TimeProvider.System).AddDays(7);

        Assert.Contains($"href=\"{path}\"", await rhys.GetHtmlAsync($"/transport/{service}"), StringComparison.Ordinal);
        using var noEvening = await rhys.PostFormAsync($"/cy{path}", [new("Week.From", "18:00"), new("Week.Until", "23:00")], $"/cy{path}?handler=Week");
        Assert.Contains("Dewiswch y nosweithiau rydych chi'n gyrru fel arfer", WebUtility.HtmlDecode(await noEvening.ReadHtmlAsync()), StringComparison.Ordinal);
        using var week = await rhys.PostFormAsync(path,
            [new("Week.Days", "Thursday"), new("Week.Days", "Friday"), new("Week.From", "18:00"), new("Week.Until", "23:30")], $"{path}?handler=Week");
        using var dayOff = await rhys.PostFormAsync(path, Date("DaysOff.FirstDay", nextWeek), $"{path}?handler=DaysOff");
        var page = WebUtility.HtmlDecode(await rhys.GetHtmlAsync(dayOff.Headers.Location!.OriginalString));
        using var guessed = await rhys.GetAsync(new Uri($"{path}?driverId={aled}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var forAled = await sian.PostFormAsync($"{path}?driverId={aled}",
            [new("Week.Days", "Saturday"), new("Week.From", "19:00"), new("Week.Until", "23:00")], $"{path}?driverId={aled}&handler=Week");

        Assert.Equal(HttpStatusCode.Redirect, week.StatusCode);
        Assert.Contains("The days off are recorded", page, StringComparison.Ordinal);
        Assert.Contains(nextWeek.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), page, StringComparison.Ordinal);
        Assert.Contains("value=\"Thursday\" checked", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, forAled.StatusCode);
        var aleds = await app.Db(db => db.TransportDriverAvailability.SingleAsync(a => a.PersonId == aled));
        Assert.Equal(Coproduce.Core.Transport.SpareDays.Saturday, aleds.Days);
    }

    [Fact]
    public async Task Megan_registers_online_and_sian_checks_it_placing_her_home_after_a_welsh_refusal_for_a_home_outside_the_area()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var service = await ServiceAsync(app);
        var megan = await app.Db(db => db.People.Where(p => p.Profile.Email == "megan@coproduce.test").Select(p => p.Id).SingleAsync());
        using var meg = app.CreateBrowser();
        await meg.SignInAsync("megan@coproduce.test");
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var own = $"/transport/{service}/passenger";

        Assert.Contains($"href=\"{own}\"", await meg.GetHtmlAsync($"/organisations/{service}"), StringComparison.Ordinal);
        Assert.DoesNotContain("HomeLocation", await meg.GetHtmlAsync(own), StringComparison.Ordinal);
        using var sent = await meg.PostFormAsync(own, Registration(null));
        var waiting = WebUtility.HtmlDecode(await meg.GetHtmlAsync(sent.Headers.Location!.OriginalString));
        var list = WebUtility.HtmlDecode(await sian.GetHtmlAsync($"/transport/{service}/passengers"));
        var hers = $"{own}?personId={megan}";
        using var outside = await sian.PostFormAsync("/cy" + hers, Registration("51.4816, -3.1791"));
        var welsh = WebUtility.HtmlDecode(await outside.ReadHtmlAsync());
        var stillWaiting = await app.Db(db => db.TransportPassengers.SingleAsync(p => p.PersonId == megan));
        using var placed = await sian.PostFormAsync(hers, Registration("53.1900, -3.4200"));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("A coordinator will check your registration and phone you", waiting, StringComparison.Ordinal);
        Assert.Contains("01632 960 100", waiting, StringComparison.Ordinal);
        Assert.Contains("2 registered online and need checking", list, StringComparison.Ordinal);
        Assert.Contains("Megan", list, StringComparison.Ordinal);
        Assert.Contains("Mae'r lle hwnnw 190 km o Denbigh", welsh, StringComparison.Ordinal);
        Assert.Null(stillWaiting.ConfirmedAt);
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var checkedNow = await app.Db(db => db.TransportPassengers.SingleAsync(p => p.PersonId == megan));
        Assert.NotNull(checkedNow.ConfirmedAt);
        Assert.Equal(new Coproduce.Core.Transport.GeoPoint(53.19, -3.42), checkedNow.Home);

        // Checked, Megan books a trip to the town hall online and keeps the reference.
        var townHall = await app.Db(db => db.TransportPlaces.Where(p => p.Name == "Denbigh Town Hall").Select(p => p.Id).SingleAsync());
        var thursday = UkTime.Today(TimeProvider.System).AddDays(3);
        while (thursday.DayOfWeek != DayOfWeek.Thursday)
        {
            thursday = thursday.AddDays(1);
        }

        Assert.Contains($"href=\"/transport/{service}/book\"", await meg.GetHtmlAsync(own), StringComparison.Ordinal);
        using var booked = await meg.PostFormAsync($"/transport/{service}/book", [.. Date("Input.Evening", thursday), new("Input.TimeIs", "ArriveBy"),
            new("Input.Time", "19:30"), new("Input.From", "home"), new("Input.To", townHall.ToString())]);
        var confirmation = WebUtility.HtmlDecode(await meg.GetHtmlAsync(booked.Headers.Location!.OriginalString));
        Assert.Contains("Trip booked", confirmation, StringComparison.Ordinal);
        Assert.Contains("Denbigh Town Hall, Crown Square, Denbigh LL16 3TB", confirmation, StringComparison.Ordinal);
        Assert.Contains($"href=\"{own}\"", confirmation, StringComparison.Ordinal);
        var trip = await app.Db(db => db.TransportBookings.SingleAsync(b => b.PassengerId == megan));
        Assert.Equal((megan, thursday, Coproduce.Core.Transport.TripTime.ArriveBy), (trip.BookedById, trip.Evening, trip.TimeIs));
    }

    [Fact]
    public async Task Sian_sets_the_booking_rules_after_a_welsh_refusal_that_changes_nothing()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var service = await ServiceAsync(app);
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var path = $"/transport/{service}/rules";
        KeyValuePair<string, string>[] Rules(string notice) =>
        [
            new("Input.BookingPhone", "01632 960 101"), new("Input.MinimumNoticeHours", notice), new("Input.MaximumDaysAhead", "14"),
            new("Input.ServiceFrom", "18:30"), new("Input.ServiceUntil", "00:30"), new("Input.AreaName", "Denbigh"), new("Input.AreaCentre", "53.1842, -3.4183"),
            new("Input.AreaRadiusKm", "25"), new("Input.MinimumAge", "65"),
        ];

        Assert.Contains("value=\"01632 960 100\"", await sian.GetHtmlAsync(path), StringComparison.Ordinal);
        using var refused = await sian.PostFormAsync("/cy" + path, Rules("two days"));
        var welsh = WebUtility.HtmlDecode(await refused.ReadHtmlAsync());
        var unchanged = await app.Db(db => db.TransportBookingRules.SingleAsync());
        using var saved = await sian.PostFormAsync(path, Rules("48"));

        Assert.Contains("Rhowch rif cyfan o 0 i 168", welsh, StringComparison.Ordinal);
        Assert.Equal(24, unchanged.MinimumNoticeHours);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("The booking rules are saved", WebUtility.HtmlDecode(await sian.GetHtmlAsync(path)), StringComparison.Ordinal);
        var rules = await app.Db(db => db.TransportBookingRules.SingleAsync());
        Assert.Equal((48, 14, 25, new TimeOnly(0, 30), 65), (rules.MinimumNoticeHours, rules.MaximumDaysAhead, rules.AreaRadiusKm, rules.ServiceUntil, rules.MinimumAge));
    }

    [Fact]
    public async Task Sian_books_a_return_trip_for_morfydd_on_the_phone_after_a_welsh_refusal_and_reads_out_the_reference()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var service = await ServiceAsync(app);
        var morfydd = await app.Db(db => db.People.Where(p => p.Profile.Name == "Morfydd Parry").Select(p => p.Id).SingleAsync());
        var ruthin = await app.Db(db => db.TransportPlaces.Where(p => p.Name == "Ruthin Craft Centre").Select(p => p.Id).SingleAsync());
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var path = $"/transport/{service}/book?passengerId={morfydd}";
        // A Saturday: the demo's passengers are all booked for a Friday.
        var saturday = UkTime.Today(TimeProvider.System).AddDays(3);
        while (saturday.DayOfWeek != DayOfWeek.Saturday)
        {
            saturday = saturday.AddDays(1);
        }

        KeyValuePair<string, string>[] Trip(string time) =>
        [
            .. Date("Input.Evening", saturday), new("Input.TimeIs", "PickUpAt"), new("Input.Time", time), new("Input.From", "home"),
            new("Input.To", ruthin.ToString()), new("Input.Purpose", "Pottery class"), new("Input.ReturnTime", "21:00"),
        ];
        var before = await app.Db(db => db.TransportBookings.CountAsync());

        Assert.Contains("Ruthin Craft Centre", await sian.GetHtmlAsync(path), StringComparison.Ordinal);
        using var early = await sian.PostFormAsync("/cy" + path, Trip("17:00"));
        var welsh = WebUtility.HtmlDecode(await early.ReadHtmlAsync());
        Assert.Equal(before, await app.Db(db => db.TransportBookings.CountAsync()));
        using var booked = await sian.PostFormAsync(path, Trip("18:45"));
        var confirmation = WebUtility.HtmlDecode(await sian.GetHtmlAsync(booked.Headers.Location!.OriginalString));
        var evening = WebUtility.HtmlDecode(await sian.GetHtmlAsync($"/transport/{service}/evening?evening={saturday:yyyy-MM-dd}"));

        Assert.Contains("Mae'r gwasanaeth yn rhedeg o 18:00 tan 23:30", welsh, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var trips = await app.Db(db => db.TransportBookings.Where(b => b.PassengerId == morfydd && b.Evening == saturday).OrderBy(b => b.Time).ToListAsync());
        Assert.Equal(2, trips.Count);
        Assert.Equal((0, 1), (trips[0].Seats, trips[0].WheelchairSpaces));
        Assert.Contains("Trip booked", confirmation, StringComparison.Ordinal);
        Assert.Contains($"{trips[0].Reference}, {trips[1].Reference}", confirmation, StringComparison.Ordinal);
        Assert.Contains("Ruthin Craft Centre, Park Road, Ruthin LL15 1BB", confirmation, StringComparison.Ordinal);
        Assert.Contains("Morfydd Parry", evening, StringComparison.Ordinal);
        Assert.Contains("Pick up 18:45", evening, StringComparison.Ordinal);
        Assert.Contains(trips[1].Reference, evening, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_not_registered_is_told_to_register_before_booking_and_cant_open_someone_elses_booking()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var service = await ServiceAsync(app);
        var reference = await app.Db(db => db.TransportBookings.Select(b => b.Reference).FirstAsync());
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");

        var page = WebUtility.HtmlDecode(await megan.GetHtmlAsync($"/cy/transport/{service}/book"));
        using var tried = await megan.PostFormAsync($"/transport/{service}/book", [new("Input.TimeIs", "PickUpAt"), new("Input.Time", "19:00")]);
        using var hers = await megan.GetAsync(new Uri($"/transport/{service}/bookings/{reference}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Dim ond teithwyr cofrestredig sy'n gallu archebu", page, StringComparison.Ordinal);
        Assert.Contains("They aren't registered as a passenger with the service yet", WebUtility.HtmlDecode(await tried.ReadHtmlAsync()),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, hers.StatusCode);
    }

    private static Task<Guid> ServiceAsync(CoproduceWebApp app) =>
        app.Db(db => db.Organisations.Where(o => o.Name == "Vale Evening Rider").Select(o => o.Id).SingleAsync());

    private static KeyValuePair<string, string>[] Minibus(string access)
    {
        var permit = UkTime.Today(TimeProvider.System).AddYears(1);
        return
        [
            new("Input.Name", "Minibus 4"), new("Input.Registration", "CU22 NEW"), new("Input.Seats", "10"), new("Input.WheelchairSpaces", "2"),
            new("Input.Access", access), new("Input.GrossWeightKg", "3900"), new("Input.Base", "Prestatyn depot"), new("Input.PermitNumber", "S19/DCC/0050"),
            .. Date("Input.PermitExpiresOn", permit), new("Input.SpareDays", "Monday"), new("Input.SpareDays", "Wednesday"),
            new("Input.SpareFrom", "18:00"), new("Input.SpareUntil", "22:00"),
        ];
    }

    private static KeyValuePair<string, string>[] Registration(string? home) =>
    [
        .. Date("Input.DateOfBirth", new DateOnly(1950, 5, 17)), new("Input.Grounds", "Age"), new("Input.Grounds", "Mobility"),
        new("Input.WhyNotOrdinaryBus", "Walking to the stop with a stick is hard after dark"), new("Input.Mobility", "WalkingAid"), new("Input.Companion", "None"),
        new("Input.HomeAddress", "Bryn Terrace, Denbigh"), new("Input.EmergencyContactName", "Carys Davies"), new("Input.EmergencyContactPhone", "01632 960 177"),
        .. home is null ? Array.Empty<KeyValuePair<string, string>>() : [new("Input.HomeLocation", home)],
    ];

    private static KeyValuePair<string, string>[] Checks(DateOnly dbs) =>
    [
        new("Input.Licence", "D1"), .. Date("Input.BornOn", new DateOnly(1955, 6, 1)), .. Date("Input.LicenceHeldSince", new DateOnly(1974, 6, 1)),
        new("Input.Midas", "Accessible"), .. Date("Input.MidasPassedOn", UkTime.Today(TimeProvider.System).AddYears(-1)), .. Date("Input.DbsCheckedOn", dbs),
    ];

    private static KeyValuePair<string, string>[] Date(string field, DateOnly day) =>
    [
        new(field + ".Day", day.Day.ToString(CultureInfo.InvariantCulture)),
        new(field + ".Month", day.Month.ToString(CultureInfo.InvariantCulture)),
        new(field + ".Year", day.Year.ToString(CultureInfo.InvariantCulture)),
    ];
}
