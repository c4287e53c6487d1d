using System.Net;
using Coproduce.Web.Tests.Support;

namespace Coproduce.Web.Tests.Pages;

public class HomePageTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_home_page_says_what_Coproduce_is(TestProvider provider)
    {
        await using var app = await CoproduceWebApp.StartAsync(provider);
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Coproduce</h1>", html, StringComparison.Ordinal);
    }
}
