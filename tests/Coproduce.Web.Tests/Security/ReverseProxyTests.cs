using System.Net;
using System.Text.RegularExpressions;
using Coproduce.Core.Demo;
using Coproduce.Web.Tests.Support;

namespace Coproduce.Web.Tests.Security;

/// <summary>
/// Behind a proxy: X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies the settings name, so
/// each person has their own rate-limit bucket and HTTPS responses get HSTS and Secure cookies.
/// </summary>
public partial class ReverseProxyTests
{
    [Fact]
    public async Task Through_a_known_proxy_that_says_https_the_response_has_HSTS_and_every_cookie_is_Secure_for_the_whole_site()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite, new Dictionary<string, string>
        {
            ["ReverseProxy:KnownProxies"] = "192.0.2.10, 127.0.0.1",
        });
        using var proxy = Proxy(app);

        var (page, cookies) = await GetAsync(proxy, "/cy/account/sign-in", "https", "203.0.113.7");
        using var signedIn = await PostSignInAsync(proxy, "/cy/account/sign-in", page, cookies, "https", "203.0.113.7");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.StartsWith("max-age=31536000", Assert.Single(signedIn.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        var setCookies = cookies.Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(setCookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains(setCookies, c => c.StartsWith("coproduce=", StringComparison.Ordinal));
        Assert.All(setCookies, c =>
        {
            Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; path=/;", c + ";", StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("192.0.2.10")]
    public async Task Forwarded_headers_from_anyone_but_a_known_proxy_are_ignored(string? knownProxy)
    {
        var settings = new Dictionary<string, string> { ["RateLimits:SignInPerMinute"] = "1" };
        if (knownProxy is not null)
        {
            settings["ReverseProxy:KnownProxies"] = knownProxy;
        }

        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite, settings);
        using var client = Proxy(app);

        var (page, cookies) = await GetAsync(client, "/account/sign-in", "https", "203.0.113.7");
        using var first = await PostSignInAsync(client, "/account/sign-in", page, cookies, "https", "203.0.113.7", password: "not the password");
        // Claiming to be someone else does not get a new bucket.
        using var second = await PostSignInAsync(client, "/account/sign-in", page, cookies, "https", "203.0.113.8", password: "not the password");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.False(first.Headers.Contains("Strict-Transport-Security"));
        Assert.All(cookies, c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_person_has_their_own_sign_in_bucket()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite, new Dictionary<string, string>
        {
            ["ReverseProxy:KnownNetworks"] = "10.0.0.0/8, 127.0.0.0/8",
            ["RateLimits:SignInPerMinute"] = "1",
        });
        using var proxy = Proxy(app);
        var (page, cookies) = await GetAsync(proxy, "/account/sign-in", "http", "203.0.113.7");

        using var first = await PostSignInAsync(proxy, "/account/sign-in", page, cookies, "http", "203.0.113.7", password: "not the password");
        using var again = await PostSignInAsync(proxy, "/account/sign-in", page, cookies, "http", "203.0.113.7", password: "not the password");
        using var someoneElse = await PostSignInAsync(proxy, "/account/sign-in", page, cookies, "http", "203.0.113.8", password: "not the password");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, someoneElse.StatusCode);
    }

    // A proxy handles cookies by hand: it passes on what it is given. The Host is a real site's, as HSTS is never sent to localhost.
    private static HttpClient Proxy(CoproduceWebApp app) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.Address };

    private static HttpRequestMessage Forwarded(HttpMethod method, string path, string scheme, string client)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Host = "coproduce.example";
        request.Headers.Add("X-Forwarded-Proto", scheme);
        request.Headers.Add("X-Forwarded-For", client);
        return request;
    }

    private static async Task<(string Html, List<string> SetCookies)> GetAsync(HttpClient proxy, string path, string scheme, string client)
    {
        using var request = Forwarded(HttpMethod.Get, path, scheme, client);
        using var response = await proxy.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : []);
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient proxy, string path, string page, List<string> setCookies,
        string scheme, string client, string password = DemoCommunity.Password)
    {
        using var request = Forwarded(HttpMethod.Post, path, scheme, client);
        request.Headers.Add("Cookie", string.Join("; ", setCookies.Select(c => c.Split(';')[0])));
        var token = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        request.Content = new FormUrlEncodedContent([new("Input.Email", "megan@coproduce.test"), new("Input.Password", password),
            new("__RequestVerificationToken", token)]);
        return await proxy.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
