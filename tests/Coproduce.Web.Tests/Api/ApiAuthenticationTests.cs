using System.Net;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Api;

public class ApiAuthenticationTests
{
    private static readonly Uri Organisation = new("/api/v1/organisation", UriKind.Relative);

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task No_token_a_made_up_token_or_a_revoked_token_gets_401_problem_details_not_a_sign_in_page(TestProvider provider)
    {
        await using var world = await ApiWorld.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = world.Client(secret: null);
        using var madeUp = world.Client("cp_" + new string('x', 43));
        using var prefixOnly = world.Client(world.TimebankToken.Token.Prefix);
        using var valid = world.Client(world.TimebankToken.Secret);

        using var noToken = await anonymous.GetAsync(Organisation, ct);
        await ApiResponses.ProblemAsync(noToken, 401);
        Assert.Null(noToken.Headers.Location);
        Assert.Equal("Bearer", Assert.Single(noToken.Headers.WwwAuthenticate).Scheme);
        using var noTokenPost = await anonymous.PostAsync(new Uri("/api/v1/organisation/members", UriKind.Relative),
            new StringContent("""{"name":"Edna","language":"en"}""", System.Text.Encoding.UTF8, "application/json"), ct);
        await ApiResponses.ProblemAsync(noTokenPost, 401);
        await ApiResponses.ProblemAsync(await madeUp.GetAsync(Organisation, ct), 401);
        await ApiResponses.ProblemAsync(await prefixOnly.GetAsync(Organisation, ct), 401);
        Assert.Equal(HttpStatusCode.OK, (await valid.GetAsync(Organisation, ct)).StatusCode);

        Assert.True((await world.Tokens.RevokeAsync(world.Gareth, world.TimebankToken.Token.Id, ct)).Succeeded);

        using var revoked = await valid.GetAsync(Organisation, ct);
        var problem = await ApiResponses.ProblemAsync(revoked, 401);
        Assert.Contains("Bearer", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_token_whose_creator_is_no_longer_an_admin_gets_403_for_reads_and_writes_and_saves_nothing(TestProvider provider)
    {
        await using var world = await ApiWorld.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        using var timebank = world.Client(world.TimebankToken.Secret);
        using var welsh = world.Client(world.TimebankToken.Secret, language: "cy");
        using var network = world.Client(world.NetworkToken.Secret);
        var members = new Uri("/api/v1/organisation/members", UriKind.Relative);
        var edna = await world.App.Db(db => db.People.Where(p => p.Profile.Name == "Edna Price").Select(p => p.Id).SingleAsync(ct));
        Assert.Equal(HttpStatusCode.OK, (await timebank.GetAsync(members, ct)).StatusCode);

        // Gareth stops being the timebank's admin (he stays a person, and his token stays unrevoked).
        await world.App.Db(db => db.Memberships
            .Where(m => m.PersonId == world.Gareth && m.OrganisationId == world.Timebank && m.Role == OrganisationRole.OrganisationAdmin)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, MembershipStatus.Ended), ct));
        var people = await world.App.Db(db => db.People.CountAsync(ct));

        var read = await ApiResponses.ProblemAsync(await timebank.GetAsync(Organisation, ct), 403);
        await ApiResponses.ProblemAsync(await timebank.GetAsync(members, ct), 403);
        await ApiResponses.ProblemAsync(await timebank.GetAsync(new Uri($"/api/v1/organisation/members/{edna}", UriKind.Relative), ct), 403);
        await ApiResponses.ProblemAsync(await timebank.PostAsync(members,
            new StringContent("""{"name":"Bethan Lloyd","language":"en"}""", System.Text.Encoding.UTF8, "application/json"), ct), 403);
        var inWelsh = await ApiResponses.ProblemAsync(await welsh.GetAsync(Organisation, ct), 403);

        Assert.Contains("no longer an admin", read.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("weinyddwr", inWelsh.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(people, await world.App.Db(db => db.People.CountAsync(ct)));
        // The site admin's token for the network is untouched.
        Assert.Equal(HttpStatusCode.OK, (await network.GetAsync(Organisation, ct)).StatusCode);
    }

    [Fact]
    public async Task The_401_is_in_Welsh_when_the_caller_prefers_Welsh()
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        using var welsh = world.Client(secret: null, language: "cy-GB, en;q=0.5");

        var problem = await ApiResponses.ProblemAsync(await welsh.GetAsync(Organisation, TestContext.Current.CancellationToken), 401);

        Assert.StartsWith("Anfonwch docyn API dilys", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_under_api_is_a_404_problem_not_the_html_page()
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        using var client = world.Client(world.TimebankToken.Secret);

        foreach (var path in new[] { "/api/v1/nothing-here", "/api/v1/organisation/members/not-a-guid", "/api/v2/organisation" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            await ApiResponses.ProblemAsync(response, 404);
        }
    }

    [Fact]
    public async Task An_unhandled_failure_under_api_is_a_500_problem_without_the_exception()
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        using var client = world.Client(world.TimebankToken.Secret);

        // The database file turns into something that is not a database: every query now throws.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var part in Directory.GetFiles(world.App.DataFolder, "coproduce.db*"))
        {
            File.Delete(part);
        }

        await File.WriteAllTextAsync(Path.Combine(world.App.DataFolder, "coproduce.db"), "not a database", TestContext.Current.CancellationToken);

        using var response = await client.GetAsync(new Uri("/api/v1/organisation/members", UriKind.Relative), TestContext.Current.CancellationToken);

        var problem = await ApiResponses.ProblemAsync(response, 500);
        var text = problem.GetRawText();
        Assert.DoesNotContain("Sqlite", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("exception", text, StringComparison.OrdinalIgnoreCase);
    }
}
