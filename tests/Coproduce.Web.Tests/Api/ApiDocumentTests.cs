using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Coproduce.Web.Tests.Api;

public partial class ApiDocumentTests
{
    [Fact]
    public async Task The_OpenAPI_document_lists_the_operations_and_the_bearer_token_scheme()
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        using var client = world.Client(secret: null);

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        var document = await ApiResponses.JsonAsync(response);
        var paths = document.GetProperty("paths");
        Assert.Equal("getOrganisation", OperationId(paths, "/api/v1/organisation", "get"), ignoreCase: true);
        Assert.Equal("listMembers", OperationId(paths, "/api/v1/organisation/members", "get"), ignoreCase: true);
        Assert.Equal("createMember", OperationId(paths, "/api/v1/organisation/members", "post"), ignoreCase: true);
        Assert.All(paths.EnumerateObject(), p => Assert.StartsWith("/api/v1/", p.Name, StringComparison.Ordinal));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiToken");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.True(document.GetProperty("security")[0].TryGetProperty("ApiToken", out _));
        var created = paths.GetProperty("/api/v1/organisation/members").GetProperty("post").GetProperty("responses");
        Assert.True(created.TryGetProperty("201", out _));
        Assert.True(created.TryGetProperty("400", out _));
    }

    [Fact]
    public async Task The_reference_page_is_html_whose_scripts_all_come_from_this_site()
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        using var client = world.Client(secret: null);
        var ct = TestContext.Current.CancellationToken;

        // Scalar loads its files relative to the page, so /api/reference redirects here.
        using var response = await client.GetAsync(new Uri("/api/reference/", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        var sources = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            Assert.DoesNotContain("//", source, StringComparison.Ordinal);
            using var script = await client.GetAsync(new Uri(new Uri(client.BaseAddress!, "/api/reference/"), source), ct);
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }

        // Its one inline script runs by a nonce that changes on every response; other pages keep the strict policy.
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        var nonce = Nonce().Match(html).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"script-src 'self' 'nonce-{nonce}'", policy, StringComparison.Ordinal);
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative), ct);
        var homePolicy = string.Join(' ', home.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("nonce", homePolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", homePolicy, StringComparison.Ordinal);
    }

    private static string? OperationId(JsonElement paths, string path, string method) =>
        paths.GetProperty(path).GetProperty(method).GetProperty("operationId").GetString();

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();

    [GeneratedRegex("nonce=\"([^\"]+)\"")]
    private static partial Regex Nonce();
}
