using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Api;

/// <summary>Endpoints that take a body are limited per token (RateLimits:PostsPerMinute); reading is never refused.</summary>
public class ApiRateLimitTests
{
    private static readonly Uri Members = new("/api/v1/organisation/members", UriKind.Relative);

    [Fact]
    public async Task Past_the_limit_a_token_gets_a_429_problem_with_Retry_After_and_nothing_is_saved()
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite, new Dictionary<string, string> { ["RateLimits:PostsPerMinute"] = "2" });
        var ct = TestContext.Current.CancellationToken;
        using var timebank = world.Client(world.TimebankToken.Secret, language: "cy");
        using var network = world.Client(world.NetworkToken.Secret);

        Assert.Equal(HttpStatusCode.Created, (await timebank.PostAsync(Members, Member("Bethan Lloyd"), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await timebank.PostAsync(Members, new StringContent("{}", Encoding.UTF8, "application/json"), ct)).StatusCode);
        var before = await CountPeopleAsync(world);

        using var refused = await timebank.PostAsync(Members, Member("Carys Jones"), ct);

        var problem = await ApiResponses.ProblemAsync(refused, 429);
        Assert.StartsWith("Gormod o newidiadau gan y tocyn hwn", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal(before, await CountPeopleAsync(world));

        // Another organisation's token has its own allowance, and reading is not limited.
        Assert.Equal(HttpStatusCode.Created, (await network.PostAsync(Members, Member("Dilys Hughes"), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await timebank.GetAsync(Members, ct)).StatusCode);
    }

    private static StringContent Member(string name) =>
        new($$"""{"name":"{{name}}","language":"en"}""", Encoding.UTF8, "application/json");

    private static async Task<int> CountPeopleAsync(ApiWorld world)
    {
        await using var db = await world.OpenContextAsync();
        return await db.People.CountAsync();
    }
}
