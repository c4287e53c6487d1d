using System.Net;
using Coproduce.Web.Security;
using Coproduce.Web.Tests.Support;

namespace Coproduce.Web.Tests.Pages;

public class PublicPagesTests
{
    /// <summary>Every page anyone can reach without signing in: its English path and a phrase of its Welsh text.</summary>
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "Gwasanaethau cyhoeddus sy&#x27;n cael eu rhedeg gyda phobl" },
        { "/accessibility", "Datganiad hygyrchedd" },
        { "/privacy", "Hysbysiad preifatrwydd" },
        { "/cookies", "Dim ond cwcis hanfodol" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_is_in_English_and_Welsh_and_links_to_itself_in_the_other_language(string path, string welshText)
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var browser = app.CreateBrowser();
        var welshPath = path == "/" ? "/cy" : "/cy" + path;

        var english = await GetPageAsync(browser, path);
        var welsh = await GetPageAsync(browser, welshPath);

        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"cy\"", welsh, StringComparison.Ordinal);
        Assert.Contains(welshText, welsh, StringComparison.Ordinal);
        Assert.DoesNotContain(welshText, english, StringComparison.Ordinal);
        Assert.Contains($"href=\"{welshPath}\" lang=\"cy\" hreflang=\"cy\">Cymraeg</a>", english, StringComparison.Ordinal);
        Assert.Contains($"href=\"{path}\" lang=\"en\" hreflang=\"en\">English</a>", welsh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_on_a_Welsh_page_stay_in_Welsh()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var browser = app.CreateBrowser();

        var welsh = await GetPageAsync(browser, "/cy/cookies");

        Assert.Contains("href=\"/cy/accessibility\"", welsh, StringComparison.Ordinal);
        Assert.Contains("href=\"/cy/privacy\"", welsh, StringComparison.Ordinal);
        Assert.Contains("href=\"/cy\"", welsh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page", "en", "Page not found")]
    [InlineData("/cy/no-such-page", "cy", "Heb ddod o hyd i&#x27;r dudalen")]
    public async Task A_missing_page_says_so_in_the_pages_language_with_a_404(string path, string language, string heading)
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"<html lang=\"{language}\"", html, StringComparison.Ordinal);
        Assert.Contains(heading, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var browser = app.CreateBrowser();

        foreach (var path in new[] { "/", "/cy/privacy", "/no-such-page", "/health", "/lib/app.css" })
        {
            using var response = await browser.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            Assert.Contains("script-src 'self';", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_site_has_its_own_favicon_linked_from_every_page()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var browser = app.CreateBrowser();

        using var ico = await browser.GetAsync(new Uri("/favicon.ico", UriKind.Relative), TestContext.Current.CancellationToken);
        using var svg = await browser.GetAsync(new Uri("/favicon.svg", UriKind.Relative), TestContext.Current.CancellationToken);
        var icon = await ico.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var home = await GetPageAsync(browser, "/cy");

        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal("image/x-icon", ico.Content.Headers.ContentType?.MediaType);
        // An icon file (reserved 0, type 1) holding one 32 x 32 image.
        Assert.Equal(new byte[] { 0, 0, 1, 0, 1, 0, 32, 32 }, icon[..8]);
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">", home, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/cy")]
    public async Task The_home_page_does_not_send_people_to_the_health_check(string path)
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var browser = app.CreateBrowser();

        var home = await GetPageAsync(browser, path);

        Assert.DoesNotContain("/health", home, StringComparison.Ordinal);
        Assert.Contains(path == "/" ? "The service is still being built." : "Mae&#x27;r gwasanaeth yn dal i gael ei adeiladu.", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_styles_are_built_from_the_GOV_UK_Design_System_without_its_font()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var browser = app.CreateBrowser();

        var css = await browser.GetStringAsync(new Uri("/lib/app.css", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains(".govuk-service-navigation", css, StringComparison.Ordinal);
        Assert.DoesNotContain("GDS Transport", css, StringComparison.Ordinal);
    }

    private static async Task<string> GetPageAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
