using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Coproduce.Web.Tests.Support;

/// <summary>
/// The real web app on Kestrel, on a free loopback port, over a throwaway database: tests talk to it over real HTTP
/// as a browser would.
/// </summary>
public sealed class CoproduceWebApp : WebApplicationFactory<Program>
{
    private readonly ThrowawayDatabase database;
    private readonly bool ownsDatabase;

    private readonly IReadOnlyDictionary<string, string> settings;

    private CoproduceWebApp(ThrowawayDatabase database, bool ownsDatabase, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        this.settings = settings ?? new Dictionary<string, string>();
        UseKestrel(0);
    }

    /// <summary>The app on a new database, with the demo community, and any settings to change (e.g. rate limits).</summary>
    public static async Task<CoproduceWebApp> StartAsync(TestProvider provider, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new CoproduceWebApp(await ThrowawayDatabase.CreateAsync(provider), ownsDatabase: true, settings);
        app.StartServer();
        return app;
    }

    /// <summary>Another app server on an existing database, as a second machine behind a load balancer.</summary>
    public static CoproduceWebApp StartOn(ThrowawayDatabase database)
    {
        var app = new CoproduceWebApp(database, ownsDatabase: false);
        app.StartServer();
        return app;
    }

    /// <summary>The folder the SQLite file lives in.</summary>
    public string DataFolder => database.Folder;

    /// <summary>Where Kestrel listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>An HTTP client for the real server that, like a person, sees redirects rather than following them blindly.</summary>
    /// <remarks>
    /// Built by hand: over Kestrel, WebApplicationFactory's client options don't reach the socket handler, which would
    /// follow redirects itself. Each browser keeps its own cookies, as a person's browser does.
    /// </remarks>
    public HttpClient CreateBrowser() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() })
        {
            BaseAddress = Address,
        };

    /// <summary>Reads the app's database directly, to check what a page saved (or didn't).</summary>
    public async Task<T> Db<T>(Func<Core.Data.CoproduceDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Core.Data.CoproduceDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await query(db);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Options.Provider.ToString());
        if (database.Options.ConnectionString is { } connectionString)
        {
            builder.UseSetting("Database:ConnectionString", connectionString);
        }

        builder.UseSetting("Database:DataFolder", database.Folder);
        // Every test signs in from 127.0.0.1 many times; the rate-limit test sets its own limits.
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        builder.UseSetting("RateLimits:RegistrationsPerHour", "10000");
        builder.UseSetting("RateLimits:PostsPerMinute", "10000");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDatabase)
        {
            await database.DisposeAsync();
        }
    }
}
