using System.Text;
using System.Text.Json;
using Coproduce.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Api;

/// <summary>A timebank's exchanges over /api/v1, on the same service as the pages.</summary>
public class TimebankApiTests
{
    private static readonly Uri Exchanges = new("/api/v1/organisation/exchanges", UriKind.Relative);

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_partners_system_records_an_exchange_for_two_members_and_the_hours_move_at_once(TestProvider provider)
    {
        await using var world = await ApiWorld.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        using var client = world.Client(world.TimebankToken.Secret);
        var (edna, dilys) = (await PersonAsync(world, "Edna Price"), await PersonAsync(world, "Dilys Morgan"));
        var before = await BalanceAsync(world, edna);

        using var created = await client.PostAsync(Exchanges, Json(edna, dilys, 75, UkTime.Today(TimeProvider.System), "Ironing, from the paper slip"), ct);

        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var exchange = await ApiResponses.JsonAsync(created);
        Assert.Equal(("Confirmed", true, 75), (exchange.GetProperty("status").GetString(), exchange.GetProperty("recordedOnBehalf").GetBoolean(),
            exchange.GetProperty("minutes").GetInt32()));
        Assert.Equal(before + 75, await BalanceAsync(world, edna));
        var id = exchange.GetProperty("id").GetGuid();
        Assert.Equal(id, (await ApiResponses.JsonAsync(await client.GetAsync(new Uri($"{Exchanges}/{id}", UriKind.Relative), ct))).GetProperty("id").GetGuid());

        // Another organisation's token can't see it.
        using var network = world.Client(world.NetworkToken.Secret);
        await ApiResponses.ProblemAsync(await network.GetAsync(new Uri($"{Exchanges}/{id}", UriKind.Relative), ct), 404);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_in_the_callers_language_and_records_nothing()
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        using var welsh = world.Client(world.TimebankToken.Secret, "cy");
        var edna = await PersonAsync(world, "Edna Price");
        var count = await CountAsync(world);

        var zero = await ApiResponses.ProblemAsync(await welsh.PostAsync(Exchanges, Json(edna, edna, 0, UkTime.Today(TimeProvider.System), "Ironing"), ct), 400);
        Assert.True(zero.GetProperty("errors").TryGetProperty("minutes", out _), zero.GetRawText());
        var yourself = await ApiResponses.ProblemAsync(await welsh.PostAsync(Exchanges, Json(edna, edna, 60, UkTime.Today(TimeProvider.System), "Ironing"), ct), 400);
        Assert.Contains("Dewiswch rywun arall", yourself.GetProperty("errors").GetProperty("receiverId")[0].GetString(), StringComparison.Ordinal);
        var ahead = await ApiResponses.ProblemAsync(await welsh.PostAsync(Exchanges,
            Json(edna, await PersonAsync(world, "Glyn Thomas"), 60, UkTime.Today(TimeProvider.System).AddDays(8), "Ironing"), ct), 400);
        Assert.Contains("Ni all y dyddiad fod yn y dyfodol", ahead.GetProperty("errors").GetProperty("occurredOn")[0].GetString(), StringComparison.Ordinal);

        Assert.Equal(count, await CountAsync(world));
    }

    [Fact]
    public async Task The_waiting_exchanges_are_listed_and_one_is_confirmed_for_the_member_asked()
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        using var client = world.Client(world.TimebankToken.Secret);

        var pending = (await ApiResponses.JsonAsync(await client.GetAsync(Exchanges, ct))).EnumerateArray().ToList();
        var megans = Assert.Single(pending, e => e.GetProperty("giverName").GetString() == "Megan Price");
        var id = megans.GetProperty("id").GetGuid();
        using var confirmed = await client.PostAsync(new Uri($"{Exchanges}/{id}/confirm", UriKind.Relative), null, ct);

        Assert.Equal("Confirmed", (await ApiResponses.JsonAsync(confirmed)).GetProperty("status").GetString());
        var again = await ApiResponses.ProblemAsync(await client.PostAsync(new Uri($"{Exchanges}/{id}/confirm", UriKind.Relative), null, ct), 400);
        Assert.Contains("already been confirmed or declined", again.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static StringContent Json(Guid giver, Guid receiver, int minutes, DateOnly day, string description) =>
        new(JsonSerializer.Serialize(new { giverId = giver, receiverId = receiver, minutes, occurredOn = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), description }),
            Encoding.UTF8, "application/json");

    private static async Task<Guid> PersonAsync(ApiWorld world, string name)
    {
        await using var db = await world.OpenContextAsync();
        return await db.People.Where(p => p.Profile.Name == name).Select(p => p.Id).SingleAsync();
    }

    private static async Task<long> BalanceAsync(ApiWorld world, Guid person)
    {
        await using var db = await world.OpenContextAsync();
        return await db.LedgerAccounts.Where(a => a.OwnerId == person && a.HeldAtOrganisationId == world.Timebank).Select(a => a.BalanceMinutes).SingleAsync();
    }

    private static async Task<int> CountAsync(ApiWorld world)
    {
        await using var db = await world.OpenContextAsync();
        return await db.TimebankExchanges.CountAsync();
    }
}
