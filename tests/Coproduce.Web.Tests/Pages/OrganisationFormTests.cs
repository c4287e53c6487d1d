using System.Net;
using Coproduce.Core.Notifications;
using Coproduce.Core.People;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Web.Tests.Pages;

/// <summary>The coordinator's and member's forms, posted as a browser does, on both databases where they change data.</summary>
public class OrganisationFormTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_join_request_reaches_the_coordinator_who_approves_it_and_both_hear_in_their_language(TestProvider provider)
    {
        await using var app = await CoproduceWebApp.StartAsync(provider);
        var (timebank, _) = await DemoIdsAsync(app);
        using var mair = app.CreateBrowser();
        await mair.SignInAsync("mair@coproduce.test");

        using var asked = await mair.PostFormAsync($"/organisations/{timebank}/join", []);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("A coordinator will decide soon", await mair.GetHtmlAsync($"/organisations/{timebank}"), StringComparison.Ordinal);
        using var again = await mair.PostFormAsync($"/organisations/{timebank}/join", []);
        Assert.Contains("You have already asked to join", await again.ReadHtmlAsync(), StringComparison.Ordinal);

        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var membershipId = await app.Db(db => db.Memberships.Where(m => m.OrganisationId == timebank && m.Status == MembershipStatus.Requested
            && db.People.Any(p => p.Id == m.PersonId && p.Profile.Name == "Mair Williams")).Select(m => m.Id).SingleAsync());
        using var approved = await sian.PostFormAsync($"/organisations/{timebank}/members", [new("membershipId", membershipId.ToString())],
            action: $"/organisations/{timebank}/members?handler=Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("Mair Williams is now a member", await sian.GetHtmlAsync($"/organisations/{timebank}/members"), StringComparison.Ordinal);

        var membership = await app.Db(db => db.Memberships.SingleAsync(m => m.Id == membershipId));
        Assert.Equal(MembershipStatus.Active, membership.Status);
        Assert.Equal(await app.Db(db => db.People.Where(p => p.Profile.Name == "Siân Jones").Select(p => p.Id).SingleAsync()), membership.DecidedById);
        var messages = (await app.Services.GetRequiredService<Outbox>().ReadPageAsync(1, 50, cancellationToken: TestContext.Current.CancellationToken)).Messages;
        // Siân and Mair both read Welsh; Gareth, the other coordinator there, reads English.
        Assert.Contains(messages, m => m.To == "sian@coproduce.test" && m.Language == "cy" && m.Body.Contains("Mair Williams", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.To == "gareth@coproduce.test" && m.Language == "en");
        Assert.Contains(messages, m => m.To == "mair@coproduce.test" && m.Language == "cy");
    }

    [Fact]
    public async Task A_request_from_another_organisation_cannot_be_decided_from_this_page()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, _) = await DemoIdsAsync(app);
        var elsewhere = await app.Db(db => db.Memberships.Where(m => m.OrganisationId != timebank).Select(m => m.Id).FirstAsync());
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");

        using var response = await sian.PostFormAsync($"/organisations/{timebank}/members", [new("membershipId", elsewhere.ToString())],
            action: $"/organisations/{timebank}/members?handler=Decline");

        Assert.Contains("There is no request to join with that reference", await response.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(MembershipStatus.Active, await app.Db(db => db.Memberships.Where(m => m.Id == elsewhere).Select(m => m.Status).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_coordinator_adds_a_member_with_no_login_after_checking_the_answers(TestProvider provider)
    {
        await using var app = await CoproduceWebApp.StartAsync(provider);
        var (timebank, _) = await DemoIdsAsync(app);
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var path = $"/organisations/{timebank}/members/add";
        var people = await app.Db(db => db.People.CountAsync());

        using var bad = await sian.PostFormAsync(path, [.. Member(name: "", phone: "12", day: "31", month: "2"), new("Input.ContactByPhone", "true")],
            action: path + "?handler=Check");
        var badHtml = await bad.ReadHtmlAsync();
        Assert.Contains("<a href=\"#Input_Name\">Enter a name</a>", badHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Phone\">Enter a phone number", badHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_ConsentAgreedOn\">The date they agreed must be a real date", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"31\"", badHtml, StringComparison.Ordinal);

        using var check = await sian.PostFormAsync(path, Member(name: "Bethan Lloyd", phone: "01656 870 555", day: "3", month: "11"),
            action: path + "?handler=Check");
        var checkHtml = await check.ReadHtmlAsync();
        Assert.Contains("Check your answers", checkHtml, StringComparison.Ordinal);
        Assert.Contains("Bethan Lloyd", checkHtml, StringComparison.Ordinal);
        Assert.Equal(people, await app.Db(db => db.People.CountAsync()));

        using var created = await sian.PostFormAsync(path, Member(name: "Bethan Lloyd", phone: "01656 870 555", day: "3", month: "11"),
            action: path + "?handler=Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var memberPage = await sian.GetHtmlAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("Bethan Lloyd has been added as a member", System.Net.WebUtility.HtmlDecode(memberPage), StringComparison.Ordinal);
        Assert.Contains("Recorded by Siân Jones on behalf of Bethan Lloyd", System.Net.WebUtility.HtmlDecode(memberPage), StringComparison.Ordinal);
        var bethan = await app.Db(db => db.People.SingleAsync(p => p.Profile.Name == "Bethan Lloyd"));
        Assert.Equal(new DateOnly(2026, 11, 3), bethan.Profile.Consent.AgreedOn);
        Assert.False(await app.Db(db => db.Users.AnyAsync(u => u.PersonId == bethan.Id)));
    }

    [Fact]
    public async Task Hidden_characters_in_a_members_details_are_refused_in_the_pages_language_and_nothing_is_saved()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, _) = await DemoIdsAsync(app);
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var path = $"/organisations/{timebank}/members/add";
        var people = await app.Db(db => db.People.CountAsync());

        using var english = await sian.PostFormAsync(path, [new("Input.Name", "Bethan\u202E Lloyd"), new("Input.Language", "en"),
            new("Input.Address", "1 High Street\u0007")], action: path + "?handler=Create");
        using var welsh = await sian.PostFormAsync("/cy" + path, [new("Input.Name", "\u200B\u200B"), new("Input.Language", "cy"),
            new("Input.AccessibilityNeeds", "Large print\u0085please")], action: "/cy" + path + "?handler=Create");

        var englishHtml = await english.ReadHtmlAsync();
        Assert.Contains("<a href=\"#Input_Name\">This answer has hidden characters in it that change the direction of the text", englishHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Address\">This answer has a hidden control character in it", englishHtml, StringComparison.Ordinal);
        var welshHtml = await welsh.ReadHtmlAsync();
        Assert.Contains("<a href=\"#Input_Name\">Rhowch enw", welshHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_AccessibilityNeeds\">Mae nod rheoli cudd yn yr ateb hwn", welshHtml, StringComparison.Ordinal);
        Assert.Equal(people, await app.Db(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task Adding_the_same_member_twice_warns_with_a_link_to_the_existing_one_and_adds_only_when_told_to()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, edna) = await DemoIdsAsync(app);
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var path = $"/organisations/{timebank}/members/add";
        var people = await app.Db(db => db.People.CountAsync());
        KeyValuePair<string, string>[] again = [new("Input.Name", "edna PRICE"), new("Input.Language", "en"), new("Input.Phone", "01656 870 112")];

        using var check = await sian.PostFormAsync(path, again, action: path + "?handler=Check");
        var checkHtml = await check.ReadHtmlAsync();
        Assert.Contains("This may be someone who is already a member", checkHtml, StringComparison.Ordinal);
        Assert.Contains($"href=\"/organisations/{timebank}/members/{edna}\"", checkHtml, StringComparison.Ordinal);
        Assert.Contains("Add anyway: this is someone else", checkHtml, StringComparison.Ordinal);
        using var welshCheck = await sian.PostFormAsync("/cy" + path, again, action: "/cy" + path + "?handler=Check");
        Assert.Contains("Efallai fod hwn yn rhywun sydd eisoes yn aelod", await welshCheck.ReadHtmlAsync(), StringComparison.Ordinal);

        // Posting "add" without choosing "add anyway" (an old form, a double click) is refused and adds no one.
        using var refused = await sian.PostFormAsync(path, again, action: path + "?handler=Create");
        Assert.Contains("Someone with this name and phone number is already a member", await refused.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(people, await app.Db(db => db.People.CountAsync()));

        using var added = await sian.PostFormAsync(path, [.. again, new("AddAnyway", "true")], action: path + "?handler=Create");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(people + 1, await app.Db(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task A_members_needs_written_on_an_English_page_are_marked_as_English_on_the_Welsh_page()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, edna) = await DemoIdsAsync(app);
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var path = $"/organisations/{timebank}/members/{edna}";

        using var english = await sian.PostFormAsync(path + "/edit", [new("Input.Name", "Edna Price"), new("Input.Language", "en"),
            new("Input.Phone", "01656 870112"), new("Input.AccessibilityNeeds", "Large print, please")]);
        Assert.Equal(HttpStatusCode.Redirect, english.StatusCode);
        Assert.Equal(Language.English, (await app.Db(db => db.People.SingleAsync(p => p.Id == edna))).Profile.WrittenIn);

        var welshPage = await sian.GetHtmlAsync("/cy" + path);
        var englishPage = await sian.GetHtmlAsync(path);
        Assert.Contains("lang=\"en\">Large print, please</dd>", welshPage, StringComparison.Ordinal);
        Assert.Contains("app-preserve-lines\">Large print, please</dd>", englishPage, StringComparison.Ordinal);

        // Written again in Welsh on the Welsh page: now it is the English page that marks it.
        using var welsh = await sian.PostFormAsync("/cy" + path + "/edit", [new("Input.Name", "Edna Price"), new("Input.Language", "en"),
            new("Input.Phone", "01656 870112"), new("Input.AccessibilityNeeds", "Print bras, os gwelwch yn dda")]);
        Assert.Equal(HttpStatusCode.Redirect, welsh.StatusCode);
        Assert.Contains("lang=\"cy\">Print bras, os gwelwch yn dda</dd>", await sian.GetHtmlAsync(path), StringComparison.Ordinal);
        Assert.Contains("app-preserve-lines\">Print bras, os gwelwch yn dda</dd>", await sian.GetHtmlAsync("/cy" + path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_cannot_post_the_coordinators_form()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, _) = await DemoIdsAsync(app);
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var formPage = await sian.GetHtmlAsync($"/organisations/{timebank}/members/add");
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");
        var people = await app.Db(db => db.People.CountAsync());

        // Megan's own token from a page she can open, sent to a page she can't.
        using var response = await megan.PostFormAsync("/profile/edit", Member("Sneaky", "01656 870 555", "1", "1"),
            action: $"/organisations/{timebank}/members/add?handler=Create");

        Assert.NotEmpty(formPage);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(people, await app.Db(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task A_coordinator_changes_a_members_details_on_their_behalf_and_the_history_says_so()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, edna) = await DemoIdsAsync(app);
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var path = $"/organisations/{timebank}/members/{edna}/edit";

        using var bad = await sian.PostFormAsync(path, [new("Input.Name", "Edna Price"), new("Input.Language", "fr"), new("Input.Email", "edna@")]);
        var badHtml = await bad.ReadHtmlAsync();
        Assert.Contains("Choose English or Welsh", badHtml, StringComparison.Ordinal);
        Assert.Contains("Enter an email address in the correct format", badHtml, StringComparison.Ordinal);
        Assert.Equal("01656 870112", (await app.Db(db => db.People.SingleAsync(p => p.Id == edna))).Profile.Phone);

        using var saved = await sian.PostFormAsync(path, [new("Input.Name", "Edna Price"), new("Input.Language", "cy"), new("Input.Phone", "01656 870113")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = System.Net.WebUtility.HtmlDecode(await sian.GetHtmlAsync($"/organisations/{timebank}/members/{edna}"));
        Assert.Contains("Details changed", page, StringComparison.Ordinal);
        Assert.Contains("Recorded by Siân Jones on behalf of Edna Price", page, StringComparison.Ordinal);
        var stored = await app.Db(db => db.People.SingleAsync(p => p.Id == edna));
        Assert.Equal(Language.Welsh, stored.Profile.Language);
        Assert.Equal("01656 870113", stored.Profile.Phone);
    }

    [Fact]
    public async Task A_coordinator_cannot_edit_someone_who_only_asked_to_join_nor_the_email_of_someone_who_signs_in()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, _) = await DemoIdsAsync(app);
        var owen = await app.Db(db => db.People.Where(p => p.Profile.Name == "Owen Davies").Select(p => p.Id).SingleAsync());
        var megan = await app.Db(db => db.People.Where(p => p.Profile.Name == "Megan Price").Select(p => p.Id).SingleAsync());
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var meganPath = $"/organisations/{timebank}/members/{megan}/edit";

        // Owen has only asked to join: no edit page, and a post made with a token from another form changes nothing.
        using var owenPage = await sian.GetAsync(new Uri($"/organisations/{timebank}/members/{owen}/edit", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, owenPage.StatusCode);
        using var owenPost = await sian.PostFormAsync(meganPath, [new("Input.Name", "Owen Changed"), new("Input.Language", "en"),
            new("Input.Email", "sian@example.com")], action: $"/organisations/{timebank}/members/{owen}/edit");
        Assert.Equal(HttpStatusCode.NotFound, owenPost.StatusCode);
        Assert.DoesNotContain($"members/{owen}/edit", await sian.GetHtmlAsync($"/organisations/{timebank}/members/{owen}"), StringComparison.Ordinal);

        // Megan signs in: her email is shown, not asked for, and a posted change is refused with the reason.
        var form = await sian.GetHtmlAsync(meganPath);
        Assert.DoesNotContain("name=\"Input.Email\"", form, StringComparison.Ordinal);
        Assert.Contains("megan@coproduce.test", form, StringComparison.Ordinal);
        Assert.Contains("only they can change it", System.Net.WebUtility.HtmlDecode(form), StringComparison.Ordinal);
        using var changed = await sian.PostFormAsync($"/cy{meganPath}", [new("Input.Name", "Megan Price"), new("Input.Language", "en"),
            new("Input.Email", "sian@example.com")]);
        Assert.Contains("Ni allwch newid cyfeiriad e-bost rhywun sy'n mewngofnodi", await changed.ReadHtmlAsync(), StringComparison.Ordinal);
        using var saved = await sian.PostFormAsync(meganPath, [new("Input.Name", "Megan Price-Jones"), new("Input.Language", "en")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stored = await app.Db(db => db.People.Where(p => p.Id == owen || p.Id == megan).ToDictionaryAsync(p => p.Id));
        Assert.Equal("Owen Davies", stored[owen].Profile.Name);
        Assert.Equal("owen@coproduce.test", stored[owen].Profile.Email);
        Assert.Equal("Megan Price-Jones", stored[megan].Profile.Name);
        Assert.Equal("megan@coproduce.test", stored[megan].Profile.Email);
    }

    [Fact]
    public async Task A_person_changes_their_own_profile_and_bad_input_changes_nothing()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");

        using var bad = await megan.PostFormAsync("/cy/profile/edit", [new("Input.Name", "Megan Price"), new("Input.Language", "en"),
            new("Input.ContactByPhone", "true")]);
        Assert.Contains("Rhowch rif ffôn, neu dad-diciwch cysylltu dros y ffôn", await bad.ReadHtmlAsync(), StringComparison.Ordinal);

        using var good = await megan.PostFormAsync("/profile/edit", [new("Input.Name", "Megan Price-Jones"), new("Input.Language", "en"),
            new("Input.Email", "megan@coproduce.test"), new("Input.ContactByEmail", "true")]);
        Assert.Equal("/profile", good.Headers.Location?.OriginalString);
        var person = await app.Db(db => db.People.SingleAsync(p => p.Profile.Email == "megan@coproduce.test"));
        Assert.Equal("Megan Price-Jones", person.Profile.Name);
        Assert.Null(person.Profile.Phone);
    }

    [Fact]
    public async Task Only_someone_with_no_role_there_is_offered_Ask_to_join_members_see_their_roles()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, _) = await DemoIdsAsync(app);
        var path = $"/organisations/{timebank}";
        var join = $"href=\"/organisations/{timebank}/join\"";
        var welshJoin = $"href=\"/cy/organisations/{timebank}/join\"";

        // Siân coordinates the timebank, Gareth runs it, Megan is a member; Rhys has no role there.
        var seen = new Dictionary<string, string>();
        foreach (var email in new[] { "sian", "gareth", "megan", "rhys" })
        {
            using var browser = app.CreateBrowser();
            await browser.SignInAsync($"{email}@coproduce.test");
            seen[email] = System.Net.WebUtility.HtmlDecode(await browser.GetHtmlAsync(path)) + System.Net.WebUtility.HtmlDecode(await browser.GetHtmlAsync("/cy" + path));
        }

        foreach (var who in seen.Keys.Where(k => k != "rhys"))
        {
            Assert.DoesNotContain(join, seen[who], StringComparison.Ordinal);
            Assert.DoesNotContain(welshJoin, seen[who], StringComparison.Ordinal);
        }

        Assert.Contains("Your roles here: Coordinator", seen["sian"], StringComparison.Ordinal);
        Assert.Contains("Eich rolau yma: Cydlynydd", seen["sian"], StringComparison.Ordinal);
        Assert.Contains("Your roles here: Organisation admin", seen["gareth"], StringComparison.Ordinal);
        Assert.Contains("Your roles here: Member", seen["megan"], StringComparison.Ordinal);
        Assert.Contains(join, seen["rhys"], StringComparison.Ordinal);
        Assert.Contains(welshJoin, seen["rhys"], StringComparison.Ordinal);
        Assert.DoesNotContain("Your roles here", seen["rhys"], StringComparison.Ordinal);

        // Once Rhys has asked, the page says the request is waiting instead of offering it again.
        using var rhys = app.CreateBrowser();
        await rhys.SignInAsync("rhys@coproduce.test");
        using var asked = await rhys.PostFormAsync($"{path}/join", []);
        var waiting = System.Net.WebUtility.HtmlDecode(await rhys.GetHtmlAsync(path));
        Assert.Contains("You have asked to join. A coordinator will decide soon.", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain(join, waiting, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "en", "cy")]
    [InlineData("/cy", "cy", "en")]
    public async Task Adding_a_member_starts_with_the_pages_language_chosen_for_them(string prefix, string chosen, string other)
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, _) = await DemoIdsAsync(app);
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");

        var html = await sian.GetHtmlAsync($"{prefix}/organisations/{timebank}/members/add");

        Assert.Contains($"name=\"Input.Language\" type=\"radio\" value=\"{chosen}\" checked>", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"Input.Language\" type=\"radio\" value=\"{other}\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/profile/edit", "Anything that helps you take part", "For letters, if you would rather not use email", "Your hours and story, without your name",
        "You sign in with this email address, so it cannot be changed here.", "Email address (optional)")]
    [InlineData("/cy/profile/edit", "Unrhyw beth sy'n eich helpu chi i gymryd rhan", "os byddai'n well gennych beidio â defnyddio e-bost",
        "Eich oriau a'ch stori, heb eich enw", "Rydych chi'n mewngofnodi gyda'r cyfeiriad e-bost hwn", "Cyfeiriad e-bost (dewisol)")]
    public async Task Your_own_profile_speaks_to_you_and_shows_the_email_you_sign_in_with_as_not_optional(string path, string needsHint,
        string addressHint, string storyLabel, string emailHint, string optionalEmail)
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");

        var html = System.Net.WebUtility.HtmlDecode(await megan.GetHtmlAsync(path));

        Assert.Contains(needsHint, html, StringComparison.Ordinal);
        Assert.Contains(addressHint, html, StringComparison.Ordinal);
        Assert.Contains(storyLabel, html, StringComparison.Ordinal);
        Assert.Contains(emailHint, html, StringComparison.Ordinal);
        Assert.Contains("megan@coproduce.test", html, StringComparison.Ordinal);
        Assert.DoesNotContain(optionalEmail, html, StringComparison.Ordinal);
        Assert.DoesNotContain("helps them", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sy'n eu helpu", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Email\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Your_own_profile_form_does_not_change_the_email_you_sign_in_with()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");

        // Posted by hand, as the form no longer asks for it.
        using var saved = await megan.PostFormAsync("/profile/edit", [new("Input.Name", "Megan Price"), new("Input.Language", "en"),
            new("Input.Email", "someone-else@example.test")]);

        Assert.Equal("/profile", saved.Headers.Location?.OriginalString);
        var person = await app.Db(db => db.People.SingleAsync(p => p.Profile.Name == "Megan Price"));
        Assert.Equal("megan@coproduce.test", person.Profile.Email);
        Assert.Equal("megan@coproduce.test", await app.Db(db => db.Users.Where(u => u.PersonId == person.Id).Select(u => u.Email).SingleAsync()));
        using var again = app.CreateBrowser();
        await again.SignInAsync("megan@coproduce.test");
    }

    [Fact]
    public async Task An_organisation_admin_makes_a_token_sees_its_secret_once_and_revokes_it()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, _) = await DemoIdsAsync(app);
        using var gareth = app.CreateBrowser();
        await gareth.SignInAsync("gareth@coproduce.test");
        var path = $"/organisations/{timebank}/api-tokens";

        using var unnamed = await gareth.PostFormAsync(path, [new("Input.Name", " ")], action: path + "?handler=Create");
        Assert.Contains("govuk-error-summary", await unnamed.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.Db(db => db.ApiTokens.CountAsync()));

        using var made = await gareth.PostFormAsync(path, [new("Input.Name", "Council CRM")], action: path + "?handler=Create");
        var secret = System.Text.RegularExpressions.Regex.Match(await made.ReadHtmlAsync(), "app-token-secret\">(cp_[^<]+)<").Groups[1].Value;
        Assert.StartsWith("cp_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await gareth.GetHtmlAsync(path), StringComparison.Ordinal);

        using var api = app.CreateBrowser();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/v1/organisation", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);

        var tokenId = await app.Db(db => db.ApiTokens.Select(t => t.Id).SingleAsync());
        using var revoked = await gareth.PostFormAsync(path, [new("tokenId", tokenId.ToString())], action: path + "?handler=Revoke");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync(new Uri("/api/v1/organisation", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    private static KeyValuePair<string, string>[] Member(string name, string phone, string day, string month) =>
    [
        new("Input.Name", name), new("Input.Language", "cy"), new("Input.Phone", phone), new("Input.ContactByPhone", "true"),
        new("Input.ConsentAgreedOn.Day", day), new("Input.ConsentAgreedOn.Month", month), new("Input.ConsentAgreedOn.Year", "2026"),
    ];

    private static async Task<(Guid Timebank, Guid Edna)> DemoIdsAsync(CoproduceWebApp app) =>
        (await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync()),
         await app.Db(db => db.People.Where(p => p.Profile.Name == "Edna Price").Select(p => p.Id).SingleAsync()));
}
