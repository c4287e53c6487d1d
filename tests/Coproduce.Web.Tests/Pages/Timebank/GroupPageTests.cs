using System.Globalization;
using System.Net;
using Coproduce.Core.Common;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Pages.Timebank;

/// <summary>A coordinator records a group exchange, posted as a browser does, in English and Welsh.</summary>
public class GroupPageTests
{
    [Fact]
    public async Task Sian_records_two_volunteers_for_huw_one_with_his_own_hours_after_a_welsh_refusal_that_records_nothing()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync());
        var ids = await app.Db(db => db.People.Where(p => p.Profile.Name == "Megan Price" || p.Profile.Name == "Glyn Thomas" || p.Profile.Name == "Huw Jenkins")
            .ToDictionaryAsync(p => p.Profile.Name.Split(' ')[0], p => p.Id));
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var path = $"/timebank/{timebank}/exchanges/group";
        var before = await app.Db(db => db.TimebankExchanges.CountAsync());

        Assert.Contains($"href=\"{path}\"", await sian.GetHtmlAsync($"/timebank/{timebank}/coordinate"), StringComparison.Ordinal);
        using var nobody = await sian.PostFormAsync("/cy" + path, [.. Common(ids["Huw"]), new("Input.HoursEach", "2")]);
        Assert.Equal(HttpStatusCode.OK, nobody.StatusCode);
        Assert.Contains("Dewiswch o leiaf un aelod arall a gymerodd ran", WebUtility.HtmlDecode(await nobody.ReadHtmlAsync()), StringComparison.Ordinal);

        using var recorded = await sian.PostFormAsync(path,
        [
            .. Common(ids["Huw"]), new("Input.Members", ids["Megan"].ToString()), new("Input.Members", ids["Glyn"].ToString()),
            new($"Input.HoursFor[{ids["Megan"]}]", "3"), new($"Input.HoursFor[{ids["Glyn"]}]", string.Empty), new("Input.HoursEach", "2"),
            new("Input.MoneyCost", "15"), new("Input.MoneyCostNote", "Skip hire"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("Recorded and confirmed: an exchange for each of 2 people", await sian.GetHtmlAsync(recorded.Headers.Location!.OriginalString),
            StringComparison.Ordinal);
        var parts = await app.Db(db => db.TimebankExchanges.Where(e => e.GroupExchangeId != null).OrderBy(e => e.Minutes)
            .Select(e => new { e.GiverId, e.ReceiverId, e.Minutes }).ToListAsync());
        Assert.Equal([(ids["Glyn"], 120), (ids["Megan"], 180)], parts.Select(p => (p.GiverId, p.Minutes)));
        Assert.All(parts, p => Assert.Equal(ids["Huw"], p.ReceiverId));
        Assert.Equal(before + 2, await app.Db(db => db.TimebankExchanges.CountAsync()));
        Assert.Equal(1500L, await app.Db(db => db.TimebankGroupExchanges.Select(g => g.MoneyCostPence).SingleAsync()));
    }

    [Fact]
    public async Task Megan_records_the_class_she_gave_and_each_person_is_asked_to_confirm_even_if_the_form_names_someone_else()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync());
        var ids = await app.Db(db => db.People.Where(p => p.Profile.Name == "Megan Price" || p.Profile.Name == "Edna Price" || p.Profile.Name == "Huw Jenkins")
            .ToDictionaryAsync(p => p.Profile.Name.Split(' ')[0], p => p.Id));
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");
        var path = $"/timebank/{timebank}/exchanges/group";

        var form = await megan.GetHtmlAsync(path);
        // Megan can't put Huw at the centre: the form's choice of who is at the centre is a coordinator's.
        using var recorded = await megan.PostFormAsync(path,
        [
            .. Common(ids["Huw"], "OneGaveToMany"), new("Input.Members", ids["Edna"].ToString()),
            new("Input.Members", ids["Huw"].ToString()), new("Input.HoursEach", "1"),
        ]);

        Assert.Contains($"href=\"{path}\"", await megan.GetHtmlAsync($"/timebank/{timebank}"), StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.One\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("Recorded: each of 2 people is asked to confirm their part", await megan.GetHtmlAsync(recorded.Headers.Location!.OriginalString),
            StringComparison.Ordinal);
        var parts = await app.Db(db => db.TimebankExchanges.Where(e => e.GroupExchangeId != null).Select(e => new { e.GiverId, e.Status }).ToListAsync());
        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.Equal((ids["Megan"], Coproduce.Core.Timebank.ExchangeStatus.Pending), (p.GiverId, p.Status)));
    }

    private static KeyValuePair<string, string>[] Common(Guid one, string direction = "ManyGaveToOne")
    {
        var yesterday = UkTime.Today(TimeProvider.System).AddDays(-1);
        return
        [
            new("Input.One", one.ToString()), new("Input.Direction", direction), new("Input.Description", "Cleared the chapel garden"),
            new("Input.Date.Day", yesterday.Day.ToString(CultureInfo.InvariantCulture)), new("Input.Date.Month", yesterday.Month.ToString(CultureInfo.InvariantCulture)),
            new("Input.Date.Year", yesterday.Year.ToString(CultureInfo.InvariantCulture)),
        ];
    }
}
