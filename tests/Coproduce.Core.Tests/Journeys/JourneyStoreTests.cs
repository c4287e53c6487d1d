using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Journeys;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.Journeys;

/// <summary>A journey's answers live on the server between pages, for the person who started it, until it lapses or is completed once.</summary>
public class JourneyStoreTests
{
    private const string Booking = "transport.booking";

    private sealed record TripAnswers(string Pickup, string? Destination, bool Wheelchair);

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Answers_are_kept_between_steps_for_their_owner_only(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var journeys = database.Services.GetRequiredService<JourneyStore>();
        var glenys = Guid.NewGuid();

        var id = await journeys.StartAsync(Booking, glenys, new TripAnswers("Blaengarw Workmen's Hall", null, Wheelchair: false), cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(await journeys.SaveAsync(id, Booking, glenys, new TripAnswers("Blaengarw Workmen's Hall", "Bridgend station", Wheelchair: true), TestContext.Current.CancellationToken));

        Assert.Equal(new TripAnswers("Blaengarw Workmen's Hall", "Bridgend station", true),
            await journeys.FindAsync<TripAnswers>(id, Booking, glenys, TestContext.Current.CancellationToken));
        Assert.Null(await journeys.FindAsync<TripAnswers>(id, Booking, Guid.NewGuid(), TestContext.Current.CancellationToken));
        Assert.Null(await journeys.FindAsync<TripAnswers>(id, "events.registration", glenys, TestContext.Current.CancellationToken));
        Assert.False(await journeys.SaveAsync(id, Booking, Guid.NewGuid(), new TripAnswers("Elsewhere", null, false), TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_journey_lapses_at_its_expiry_and_is_cleared_later(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var journeys = database.Services.GetRequiredService<JourneyStore>();
        var owner = Guid.NewGuid();
        var id = await journeys.StartAsync(Booking, owner, new TripAnswers("Pontycymer", null, false), TimeSpan.FromMinutes(30), TestContext.Current.CancellationToken);

        database.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Null(await journeys.FindAsync<TripAnswers>(id, Booking, owner, TestContext.Current.CancellationToken));
        Assert.False(await journeys.SaveAsync(id, Booking, owner, new TripAnswers("Pontycymer", "Maesteg", false), TestContext.Current.CancellationToken));
        await journeys.StartAsync(Booking, owner, new TripAnswers("Pontycymer", null, false), cancellationToken: TestContext.Current.CancellationToken);
        await using var db = await database.OpenContextAsync();
        Assert.DoesNotContain(db.Set<JourneyInstance>(), j => j.Id == id);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_journey_is_completed_once_and_only_by_an_act_that_commits(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var journeys = database.Services.GetRequiredService<JourneyStore>();
        var units = database.Services.GetRequiredService<UnitsOfWork>();
        var owner = Guid.NewGuid();
        var id = await journeys.StartAsync(Booking, owner, new TripAnswers("Blaengarw", "Bridgend", false), cancellationToken: TestContext.Current.CancellationToken);

        // An act that completes the journey and is then refused leaves the answers as they were.
        var refused = await units.RunAsync(async (work, token) =>
        {
            Assert.True((await journeys.CompleteAsync<TripAnswers>(work, id, Booking, owner, token)).Succeeded);
            return Result<TripAnswers>.Refused(new FieldError("Seat", "Transport.NoSeats"));
        }, TestContext.Current.CancellationToken);
        Assert.False(refused.Succeeded);
        Assert.NotNull(await journeys.FindAsync<TripAnswers>(id, Booking, owner, TestContext.Current.CancellationToken));

        var first = await units.RunAsync((work, token) => journeys.CompleteAsync<TripAnswers>(work, id, Booking, owner, token), TestContext.Current.CancellationToken);
        var second = await units.RunAsync((work, token) => journeys.CompleteAsync<TripAnswers>(work, id, Booking, owner, token), TestContext.Current.CancellationToken);

        Assert.Equal("Bridgend", first.Value!.Destination);
        Assert.Equal("Journey.Gone", Assert.Single(second.Errors).Code);
        Assert.Null(await journeys.FindAsync<TripAnswers>(id, Booking, owner, TestContext.Current.CancellationToken));
    }
}
