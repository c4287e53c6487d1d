using System.Net;
using System.Text;

namespace Coproduce.Web.Tests.Api;

/// <summary>Addresses under /api/v1: ids in one form only, and 405 with Allow for a method an address doesn't take.</summary>
public class ApiRoutingTests
{
    [Fact]
    public async Task A_member_id_is_found_only_in_its_canonical_36_character_form()
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        using var client = world.Client(world.TimebankToken.Secret);
        var id = world.Gareth;

        foreach (var form in new[] { id.ToString("D"), id.ToString("D").ToUpperInvariant() })
        {
            using var found = await client.GetAsync(new Uri($"/api/v1/organisation/members/{form}", UriKind.Relative), ct);
            Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        }

        foreach (var form in new[] { id.ToString("B"), id.ToString("P"), id.ToString("N"), $"%20{id:D}", $"{id:D}%20" })
        {
            using var response = await client.GetAsync(new Uri($"/api/v1/organisation/members/{form}", UriKind.Relative), ct);
            await ApiResponses.ProblemAsync(response, 404);
        }
    }

    [Theory]
    [InlineData("DELETE", "/api/v1/organisation/members", "GET, POST")]
    [InlineData("PUT", "/api/v1/organisation", "GET")]
    [InlineData("PATCH", "/api/v1/organisation/members/0196a3c2-1111-7222-8333-444455556666", "GET")]
    [InlineData("POST", "/api/v1/organisation/members/0196A3C2-1111-7222-8333-444455556666", "GET")]
    public async Task Another_method_on_a_known_address_is_405_with_the_methods_it_takes(string method, string path, string allow)
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        using var client = world.Client(world.TimebankToken.Secret, language: "cy");
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = Json("{}") };

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await ApiResponses.ProblemAsync(response, 405);
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
        Assert.StartsWith("Nid yw'r cyfeiriad hwn yn yr API", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DELETE", "/api/v1/organisation/members/not-a-guid")]
    [InlineData("DELETE", "/api/v1/organisation/members/{0196a3c2-1111-7222-8333-444455556666}")]
    [InlineData("PUT", "/api/v1/nothing-here")]
    public async Task Another_method_on_an_unknown_address_is_still_404(string method, string path)
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        using var client = world.Client(world.TimebankToken.Secret);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        await ApiResponses.ProblemAsync(response, 404);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
