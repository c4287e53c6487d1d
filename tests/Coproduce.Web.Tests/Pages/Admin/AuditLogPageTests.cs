using System.Globalization;
using System.Net;
using System.Reflection;
using Coproduce.Core.Audit;
using Coproduce.Core.People;
using Coproduce.Web.Localization;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Web.Tests.Pages.Admin;

/// <summary>The site admin's audit log over HTTP, on the demo community: sentences in both languages, filters, pages and bad addresses.</summary>
public class AuditLogPageTests
{
    [Fact]
    public void Every_audit_action_has_a_sentence_and_a_short_name_in_English_and_Welsh()
    {
        var codes = typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Contains(AuditActions.OrganisationReopened, codes);
        var text = new SiteText();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var culture in new[] { "en-GB", "cy-GB" })
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                Assert.All(codes, code =>
                {
                    Assert.False(text["AuditLog.Action." + code].ResourceNotFound, $"AuditLog.Action.{code} in {culture}");
                    Assert.False(text["Audit." + code].ResourceNotFound, $"Audit.{code} in {culture}");
                });
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    // The demo's last acts are the evening transport's passengers, so the first page of everyone's entries shows them.
    private const string NewestDemoEntry = "The passenger registration was recorded by";

    [Fact]
    public async Task The_log_says_who_did_what_for_whom_in_either_language_with_the_command_line_named_as_such()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        await app.Services.GetRequiredService<SiteAdminService>().AddAsync("ffion@example.org", "Ffion Hughes",
            cancellationToken: TestContext.Current.CancellationToken);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync("admin@coproduce.test");

        var edna = await app.Db(db => db.People.Where(p => p.Profile.Name == "Edna Price").Select(p => p.Id).SingleAsync());

        var english = await PageAsync(admin, "/admin/audit");
        var ednas = await PageAsync(admin, $"/admin/audit?person={edna}");
        Assert.Contains("<h1 class=\"govuk-heading-l\">Audit log</h1>", english, StringComparison.Ordinal);
        Assert.Contains("<a class=\"govuk-service-navigation__link\" href=\"/admin/audit\">Audit log</a>", english, StringComparison.Ordinal);
        Assert.Contains("Site admin rights were given to Ffion Hughes by the command line.", english, StringComparison.Ordinal);
        Assert.Contains("A record for Edna Price was made by Siân Jones.", ednas, StringComparison.Ordinal);
        Assert.Contains("The membership of Edna Price as member was approved by Siân Jones.", ednas, StringComparison.Ordinal);
        Assert.Contains(">Garw Valley Timebank</a>", ednas, StringComparison.Ordinal);
        // Newest first: the command line's entries were made after the demo's, whose last are the evening transport's passengers.
        Assert.True(english.IndexOf("Ffion Hughes by the command line", StringComparison.Ordinal)
            < english.IndexOf(NewestDemoEntry, StringComparison.Ordinal));

        var welsh = await PageAsync(admin, "/cy/admin/audit");
        var ednasInWelsh = await PageAsync(admin, $"/cy/admin/audit?person={edna}");
        Assert.Contains("<h1 class=\"govuk-heading-l\">Cofnod archwilio</h1>", welsh, StringComparison.Ordinal);
        Assert.Contains("Rhoddwyd hawliau gweinyddwr y safle i Ffion Hughes gan y llinell orchymyn.", welsh, StringComparison.Ordinal);
        Assert.Contains("Cymeradwywyd aelodaeth Edna Price fel aelod gan Siân Jones.", ednasInWelsh, StringComparison.Ordinal);
        Assert.Contains(">Banc Amser Cwm Garw</a>", ednasInWelsh, StringComparison.Ordinal);
        Assert.Contains("<option value=\"\">Pob sefydliad</option>", welsh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_person_and_organisation_come_from_the_address_and_the_form_keeps_the_person()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync("admin@coproduce.test");
        var (owen, timebank, leisure) = await app.Db(async db => (
            await db.People.Where(p => p.Profile.Name == "Owen Davies").Select(p => p.Id).SingleAsync(),
            await db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync(),
            await db.Organisations.Where(o => o.Name == "Garw Leisure Centre").Select(o => o.Id).SingleAsync()));

        var owens = await PageAsync(admin, $"/admin/audit?person={owen}");
        Assert.Contains("Showing entries for Owen Davies", owens, StringComparison.Ordinal);
        Assert.Contains("A request for Owen Davies to join as member was made by Owen Davies.", owens, StringComparison.Ordinal);
        Assert.DoesNotContain("Edna Price", owens, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"hidden\" name=\"person\" value=\"{owen}\">", owens, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/people/{owen}\">See their details</a>", owens, StringComparison.Ordinal);

        var inTimebank = await PageAsync(admin, $"/admin/audit?organisation={timebank}");
        Assert.Contains($"<option value=\"{timebank}\" selected=\"selected\">Garw Valley Timebank</option>", inTimebank, StringComparison.Ordinal);
        Assert.Contains("Edna Price", inTimebank, StringComparison.Ordinal);
        Assert.DoesNotContain("Not in an organisation", inTimebank, StringComparison.Ordinal);

        var both = await PageAsync(admin, $"/admin/audit?person={owen}&organisation={timebank}");
        Assert.Contains("A request for Owen Davies to join", both, StringComparison.Ordinal);
        Assert.DoesNotContain("A record for Owen Davies", both, StringComparison.Ordinal);
        var nothingThere = await PageAsync(admin, $"/admin/audit?person={owen}&organisation={leisure}");
        Assert.Contains("No entries match what you chose.", nothingThere, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_values_in_the_address_are_set_aside_with_a_message_never_an_error()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync("admin@coproduce.test");

        foreach (var person in new[] { "not-a-guid", Guid.CreateVersion7().ToString(), "%27%3B--", new string('9', 3000) })
        {
            var page = await PageAsync(admin, "/admin/audit?person=" + person);
            Assert.Contains("The person in the link isn't one we know, so entries for everyone are shown.", page, StringComparison.Ordinal);
            Assert.Contains(NewestDemoEntry, page, StringComparison.Ordinal);
        }

        var organisation = await PageAsync(admin, "/cy/admin/audit?organisation=" + Guid.CreateVersion7());
        Assert.Contains("Dydyn ni ddim yn adnabod y sefydliad yn y ddolen", organisation, StringComparison.Ordinal);

        foreach (var query in new[] { "before=yesterday", "after=0", "page=0", "page=99999999999", "before=&after=" })
        {
            Assert.Contains(NewestDemoEntry, await PageAsync(admin, "/admin/audit?" + query), StringComparison.Ordinal);
        }

        var pastTheEnd = await PageAsync(admin, "/admin/audit?before=" + Guid.Empty);
        Assert.Contains("No entries match what you chose.", pastTheEnd, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/audit\">Back to the newest entries</a>", pastTheEnd, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Older_and_newer_pages_follow_each_other_by_the_entries_ids()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var edna = await app.Db(db => db.People.Where(p => p.Profile.Name == "Edna Price").Select(p => p.Id).SingleAsync());
        await app.Db(async db =>
        {
            var start = DateTimeOffset.UtcNow;
            for (var i = 0; i < 60; i++)
            {
                db.AuditEntries.Add(new AuditEntry(start.AddSeconds(i), AuditActions.ProfileUpdated, edna, null, null, edna));
            }

            return await db.SaveChangesAsync();
        });
        using var admin = app.CreateBrowser();
        await admin.SignInAsync("admin@coproduce.test");

        var newest = await PageAsync(admin, $"/admin/audit?person={edna}");
        Assert.Equal(50, CountOf(newest, "The details of Edna Price were changed by Edna Price."));
        Assert.DoesNotContain("Newer entries", newest, StringComparison.Ordinal);
        var older = System.Text.RegularExpressions.Regex.Match(newest, "href=\"(/admin/audit\\?person=[^\"]+&before=[^\"]+)\" rel=\"next\"").Groups[1].Value;
        Assert.NotEmpty(older);

        var second = await PageAsync(admin, older);
        Assert.Equal(10, CountOf(second, "The details of Edna Price were changed by Edna Price."));
        Assert.Contains("A record for Edna Price was made by Siân Jones.", second, StringComparison.Ordinal);
        Assert.Contains("Newer entries", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Older entries", second, StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient browser, string path) => WebUtility.HtmlDecode(await browser.GetHtmlAsync(path));

    private static int CountOf(string html, string part) => (html.Length - html.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
