using System.Net.Http.Headers;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Web.Tests.Api;

/// <summary>
/// The real app with the demo community in it and a token for each of two organisations: the timebank's, made by
/// its admin Gareth, and the time-credit network's, made by the site admin.
/// </summary>
internal sealed class ApiWorld : IAsyncDisposable
{
    private ApiWorld(CoproduceWebApp app) => App = app;

    public CoproduceWebApp App { get; }

    public Guid Timebank { get; private set; }

    public Guid Network { get; private set; }

    public IReadOnlyDictionary<string, Guid> PeopleByEmail { get; private set; } = new Dictionary<string, Guid>();

    public NewApiToken TimebankToken { get; private set; } = null!;

    public NewApiToken NetworkToken { get; private set; } = null!;

    public ApiTokenService Tokens => App.Services.GetRequiredService<ApiTokenService>();

    public PeopleService People => App.Services.GetRequiredService<PeopleService>();

    public Guid Gareth => PeopleByEmail["gareth@coproduce.test"];

    public static async Task<ApiWorld> StartAsync(TestProvider provider, IReadOnlyDictionary<string, string>? settings = null)
    {
        var world = new ApiWorld(await CoproduceWebApp.StartAsync(provider, settings));
        // The app seeded the demo community when it started on the empty database.
        await using (var db = await world.OpenContextAsync())
        {
            world.Timebank = await db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync();
            world.Network = await db.Organisations.Where(o => o.Name == "Bridgend Time Credits").Select(o => o.Id).SingleAsync();
            world.PeopleByEmail = await db.People.Where(p => p.Profile.Email != null).ToDictionaryAsync(p => p.Profile.Email!, p => p.Id);
        }

        world.TimebankToken = (await world.Tokens.CreateAsync(world.Gareth, world.Timebank, "Council CRM")).Value!;
        world.NetworkToken = (await world.Tokens.CreateAsync(world.PeopleByEmail["admin@coproduce.test"], world.Network, "Partner bookings")).Value!;
        return world;
    }

    /// <summary>A client that sends <paramref name="secret"/> as a bearer token (none when null).</summary>
    public HttpClient Client(string? secret, string? language = null)
    {
        var client = App.CreateBrowser();
        if (secret is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        }

        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    public async Task<CoproduceDbContext> OpenContextAsync() =>
        await App.Services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>().CreateDbContextAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
