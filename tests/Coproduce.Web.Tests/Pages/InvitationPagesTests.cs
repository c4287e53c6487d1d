using System.Net;
using System.Text.RegularExpressions;
using Coproduce.Core.People;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Pages;

/// <summary>Inviting people from an organisation's page, and accepting from the email's link, as a browser does.</summary>
public partial class InvitationPagesTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_coordinator_invites_someone_who_makes_their_account_from_the_link_and_holds_the_role(TestProvider provider)
    {
        await using var app = await CoproduceWebApp.StartAsync(provider);
        var timebank = await TimebankAsync(app);
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var path = $"/organisations/{timebank}/invitations";

        using var sent = await sian.PostFormAsync(path, [new("Input.Email", "nia@example.org"), new("Input.Role", "Member"), new("Input.Language", "en")],
            action: path + "?handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var list = WebUtility.HtmlDecode(await sian.GetHtmlAsync("/cy" + path));
        Assert.Contains("Gwahoddiad wedi’i anfon at nia@example.org", list, StringComparison.Ordinal);
        Assert.Contains("Gwahoddiadau’n aros", list, StringComparison.Ordinal);
        // A coordinator invites people to take part, never to run the organisation.
        Assert.DoesNotContain("value=\"Coordinator\"", list, StringComparison.Ordinal);

        var link = await LinkSentToAsync(app, "nia@example.org");
        using var nia = app.CreateBrowser();
        var page = WebUtility.HtmlDecode(await nia.GetHtmlAsync(link));
        Assert.Contains("Siân Jones has invited you to join Garw Valley Timebank as member", page, StringComparison.Ordinal);
        Assert.Contains("You will sign in with nia@example.org", page, StringComparison.Ordinal);

        using var made = await nia.PostFormAsync(link, [new("Input.Name", "Nia Thomas"), new("Input.Password", "a long enough password 1"),
            new("Input.Language", "en")], action: link + "&handler=CreateAccount");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var done = WebUtility.HtmlDecode(await nia.GetHtmlAsync(made.Headers.Location!.OriginalString));
        Assert.Contains("You are now member at Garw Valley Timebank", done, StringComparison.Ordinal);
        Assert.Contains("Sign out", await nia.GetHtmlAsync("/dashboard"), StringComparison.Ordinal);

        var roles = await app.Db(db => (from m in db.Memberships
                                         join p in db.People on m.PersonId equals p.Id
                                         where p.Profile.Name == "Nia Thomas" && m.OrganisationId == timebank && m.Status == MembershipStatus.Active
                                         select m.Role).ToListAsync());
        Assert.Equal([OrganisationRole.Member], roles);
        Assert.True(await app.Db(db => db.Users.AnyAsync(u => u.NormalizedEmail == "NIA@EXAMPLE.ORG" && u.EmailConfirmed)));
        Assert.Contains("has already been accepted", WebUtility.HtmlDecode(await nia.GetHtmlAsync(link)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_invitations_get_a_message_in_the_pages_language_and_store_nothing()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await TimebankAsync(app);
        using var gareth = app.CreateBrowser();
        await gareth.SignInAsync("gareth@coproduce.test");
        var path = $"/cy/organisations/{timebank}/invitations";
        // The demo has one waiting already.
        var before = await app.Db(db => db.Invitations.CountAsync());

        async Task<string> Post(string email, string role)
        {
            using var response = await gareth.PostFormAsync(path, [new("Input.Email", email), new("Input.Role", role), new("Input.Language", "cy")],
                action: path + "?handler=Invite");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.ReadHtmlAsync();
        }

        Assert.Contains("Mae gan megan@coproduce.test rôl aelod yma eisoes", await Post("megan@coproduce.test", "Member"), StringComparison.Ordinal);
        Assert.Contains("Nid oes rôl gyrrwr gan y math hwn o sefydliad", await Post("nia@example.org", "Driver"), StringComparison.Ordinal);
        Assert.Contains("Dewiswch rôl", await Post("nia@example.org", "Mayor"), StringComparison.Ordinal);
        Assert.Contains("govuk-error-summary", await Post("nia at example", "Member"), StringComparison.Ordinal);
        Assert.Equal(before, await app.Db(db => db.Invitations.CountAsync()));
    }

    [Fact]
    public async Task A_withdrawn_or_made_up_link_says_so_and_gives_nothing()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await TimebankAsync(app);
        using var gareth = app.CreateBrowser();
        await gareth.SignInAsync("gareth@coproduce.test");
        var path = $"/organisations/{timebank}/invitations";
        using var sent = await gareth.PostFormAsync(path, [new("Input.Email", "nia@example.org"), new("Input.Role", "Coordinator"), new("Input.Language", "cy")],
            action: path + "?handler=Invite");
        var link = await LinkSentToAsync(app, "nia@example.org");
        var id = await app.Db(db => db.Invitations.Where(i => i.Email == "nia@example.org").Select(i => i.Id).SingleAsync());

        using var withdrawn = await gareth.PostFormAsync(path, [], action: $"{path}?handler=Withdraw&invitationId={id}");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        using var nia = app.CreateBrowser();
        // The link is in the email's language, Welsh.
        Assert.StartsWith("/cy/", link, StringComparison.Ordinal);
        Assert.Contains("Cafodd y gwahoddiad hwn ei dynnu’n ôl", WebUtility.HtmlDecode(await nia.GetHtmlAsync(link)), StringComparison.Ordinal);
        using var madeUp = await nia.GetAsync(new Uri($"/invitations/{id}?code=0123", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, madeUp.StatusCode);
        Assert.Contains("This invitation link is not valid", await madeUp.ReadHtmlAsync(), StringComparison.Ordinal);
        using var late = await nia.PostAsync(new Uri(link + "&handler=CreateAccount", UriKind.Relative),
            new FormUrlEncodedContent([new("Input.Name", "Nia"), new("Input.Password", "a long enough password 1")]), TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.OK, late.StatusCode);
        Assert.False(await app.Db(db => db.Users.AnyAsync(u => u.NormalizedEmail == "NIA@EXAMPLE.ORG")));
    }

    private static async Task<string> LinkSentToAsync(CoproduceWebApp app, string to)
    {
        var body = await app.Db(db => db.OutboxMessages.Where(m => m.To == to).Select(m => m.Body).SingleAsync());
        var link = InvitationLink().Match(body);
        Assert.True(link.Success, body);
        return link.Value;
    }

    [GeneratedRegex("(/cy)?/invitations/[0-9a-f-]{36}\\?code=[0-9a-f]+")]
    private static partial Regex InvitationLink();

    private static Task<Guid> TimebankAsync(CoproduceWebApp app) =>
        app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync());
}
