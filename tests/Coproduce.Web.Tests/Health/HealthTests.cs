using System.Net;
using Coproduce.Web.Tests.Support;

namespace Coproduce.Web.Tests.Health;

public class HealthTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Health_says_the_database_answers(TestProvider provider)
    {
        await using var app = await CoproduceWebApp.StartAsync(provider);
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        // Exactly what the README promises, and nothing more to the public.
        Assert.Equal("""{"status":"healthy"}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Health_says_so_when_the_database_does_not_answer()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var browser = app.CreateBrowser();
        var file = Path.Combine(app.DataFolder, "coproduce.db");

        // Replace the database file with something that is not a database.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var part in Directory.GetFiles(app.DataFolder, "coproduce.db*"))
        {
            File.Delete(part);
        }

        await File.WriteAllTextAsync(file, "not a database", TestContext.Current.CancellationToken);

        using var response = await browser.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("""{"status":"unhealthy"}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
