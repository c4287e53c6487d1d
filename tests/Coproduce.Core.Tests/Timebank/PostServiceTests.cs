using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Timebank;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.Timebank;

/// <summary>Offers and requests: posting, finding, answering, renewing, on both databases.</summary>
public class PostServiceTests
{
    private static readonly Guid Gardening = new("5b1c2a10-0000-4000-8000-000000000001");
    private static readonly Guid Lifts = new("5b1c2a10-0000-4000-8000-000000000003");

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_member_offers_gardening_another_finds_it_and_asks_and_the_author_is_told_in_their_language(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var posts = database.Posts();

        var offered = await posts.CreateAsync(garw.Megan, garw.Id, Offer(database, garw.Megan, "Help in your garden", "Weeding, mowing, hedges", "Pontycymer"));
        Assert.True(offered.Succeeded, string.Join("; ", offered.Errors));
        await posts.CreateAsync(garw.Carys, garw.Id, Offer(database, garw.Carys, "Lifts to Bridgend", category: Lifts));

        var found = await posts.SearchAsync(garw.Id, new PostSearch("GARDEN", PostKind.Offer));
        var post = Assert.Single(found.Posts);
        Assert.Equal(("Help in your garden", "Megan Price", "Garddio"), (post.Post.Title, post.AuthorName, post.Category.NameWelsh));
        Assert.Single((await posts.SearchAsync(garw.Id, new PostSearch(Area: "pontycymer"))).Posts);
        Assert.Single((await posts.SearchAsync(garw.Id, new PostSearch(CategoryId: Lifts))).Posts);
        Assert.Empty((await posts.SearchAsync(garw.Id, new PostSearch(Kind: PostKind.Request))).Posts);
        Assert.Empty((await posts.SearchAsync(garw.Id, new PostSearch("garden hedge piano"))).Posts);

        var asked = await posts.RespondAsync(garw.Edna, post.Post.Id, "Could you help with my front garden on Saturday?");

        Assert.True(asked.Succeeded, string.Join("; ", asked.Errors));
        await using var db = await database.OpenContextAsync();
        var told = await db.OutboxMessages.SingleAsync(m => m.PersonId == garw.Megan);
        Assert.Equal("cy", told.Language);
        Assert.Contains("Hoffai Edna Hughes eich help: Help in your garden", told.Subject, StringComparison.Ordinal);
        Assert.Contains("edna@example.org", told.Body, StringComparison.Ordinal);
        Assert.Equal(1, (await posts.FindAsync(garw.Megan, post.Post.Id))!.Responses);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Bad_posts_are_refused_and_nothing_is_posted(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var posts = database.Posts();

        async Task<string> Refusal(Guid actor, PostDetails details) =>
            string.Join(",", (await posts.CreateAsync(actor, garw.Id, details)).Errors.Select(e => e.Code));

        Assert.Equal("Timebank.KindRequired,Timebank.CategoryRequired,Timebank.TitleRequired,Timebank.EndsOnRequired",
            await Refusal(garw.Megan, new PostDetails(garw.Megan, 0, Guid.Empty, " ", null, null, null, null)));
        Assert.Equal("Timebank.EndsOnPast", await Refusal(garw.Megan, Offer(database, garw.Megan, "Gardening", endsInDays: -1)));
        Assert.Equal("Timebank.EndsOnTooFar", await Refusal(garw.Megan, Offer(database, garw.Megan, "Gardening", endsInDays: 400)));
        Assert.Equal("Timebank.CategoryRequired", await Refusal(garw.Megan, Offer(database, garw.Megan, "Gardening", category: Guid.CreateVersion7())));
        Assert.Equal("Timebank.NotYourPost", await Refusal(garw.Megan, Offer(database, garw.Edna, "Gardening")));
        Assert.Equal("Timebank.NotAMember", await Refusal(garw.Sian, Offer(database, garw.Rhys, "Gardening")));
        Assert.Equal("Text.DirectionControl", await Refusal(garw.Megan, Offer(database, garw.Megan, "Garden\u202Eing")));

        await using var db = await database.OpenContextAsync();
        Assert.False(await db.TimebankPosts.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_expired_offer_leaves_the_lists_refuses_answers_and_is_renewed_in_one_step(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var posts = database.Posts();
        var offer = (await posts.CreateAsync(garw.Megan, garw.Id, Offer(database, garw.Megan, "Help in your garden", endsInDays: 3))).Value!;

        database.Clock.Advance(TimeSpan.FromDays(5));

        Assert.Empty((await posts.SearchAsync(garw.Id, new PostSearch())).Posts);
        Assert.Equal("Timebank.PostExpired", Assert.Single((await posts.RespondAsync(garw.Edna, offer.Id, null)).Errors).Code);
        Assert.Equal("Timebank.NotYourPost", Assert.Single((await posts.RenewAsync(garw.Edna, offer.Id)).Errors).Code);
        var renewed = await posts.RenewAsync(garw.Megan, offer.Id);
        Assert.Equal(UkTime.Today(database.Clock).AddDays(PostService.RenewalDays), renewed.Value!.EndsOn);
        Assert.Single((await posts.SearchAsync(garw.Id, new PostSearch())).Posts);
        Assert.Equal("Timebank.OwnPost", Assert.Single((await posts.RespondAsync(garw.Megan, offer.Id, null)).Errors).Code);
        // Someone outside the timebank can't see it or answer it.
        Assert.Null(await posts.FindAsync(garw.Rhys, offer.Id));
        Assert.Equal("Timebank.UnknownPost", Assert.Single((await posts.RespondAsync(garw.Rhys, offer.Id, null)).Errors).Code);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Each_word_finds_the_words_it_starts_and_a_post_is_found_once_however_many_match(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var posts = database.Posts();
        await posts.CreateAsync(garw.Megan, garw.Id, Offer(database, garw.Megan, "Gardening, and garden tidying", "Hedges too"));
        await posts.CreateAsync(garw.Carys, garw.Id, Offer(database, garw.Carys, "Lifts to Bridgend", "From the garden centre", category: Lifts));

        Assert.Equal(["Gardening, and garden tidying", "Lifts to Bridgend"], Titles(await posts.SearchAsync(garw.Id, new PostSearch("GARD"))));
        Assert.Equal(2, (await posts.SearchAsync(garw.Id, new PostSearch("garden"))).Total);
        Assert.Equal(["Gardening, and garden tidying"], Titles(await posts.SearchAsync(garw.Id, new PostSearch("hedge garden"))));
        // Inside a word is not the start of one.
        Assert.Empty((await posts.SearchAsync(garw.Id, new PostSearch("arden"))).Posts);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_date_filter_keeps_posts_still_up_that_day_and_reads_a_past_day_as_today(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var posts = database.Posts();
        await posts.CreateAsync(garw.Megan, garw.Id, Offer(database, garw.Megan, "Help in your garden", endsInDays: 3));
        await posts.CreateAsync(garw.Carys, garw.Id, Offer(database, garw.Carys, "Lifts to Bridgend", category: Lifts, endsInDays: 20));
        var today = UkTime.Today(database.Clock);

        Assert.Equal(["Help in your garden", "Lifts to Bridgend"], Titles(await posts.SearchAsync(garw.Id, new PostSearch(UpOn: today.AddDays(3)))));
        Assert.Equal(["Lifts to Bridgend"], Titles(await posts.SearchAsync(garw.Id, new PostSearch(UpOn: today.AddDays(4)))));
        Assert.Empty((await posts.SearchAsync(garw.Id, new PostSearch(UpOn: today.AddDays(21)))).Posts);

        database.Clock.Advance(TimeSpan.FromDays(5));

        // Last week is not a way to see what has ended.
        Assert.Equal(["Lifts to Bridgend"], Titles(await posts.SearchAsync(garw.Id, new PostSearch(UpOn: today))));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Matches_go_both_ways_nearest_first_and_a_request_nobody_answers_is_flagged(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var posts = database.Posts();
        var far = (await posts.CreateAsync(garw.Carys, garw.Id, Offer(database, garw.Carys, "Garden help", area: "Maesteg"))).Value!;
        var near = (await posts.CreateAsync(garw.Megan, garw.Id, Offer(database, garw.Megan, "Help in your garden", area: "Blaengarw"))).Value!;
        var request = (await posts.CreateAsync(garw.Sian, garw.Id, Offer(database, garw.Dai, "Hedge needs cutting", area: "Blaengarw") with { Kind = PostKind.Request })).Value!;

        Assert.Equal([near.Id, far.Id], (await posts.MatchesForAsync(request)).Select(m => m.Post.Id));
        Assert.Equal([request.Id], (await posts.MatchesForAsync(near)).Select(m => m.Post.Id));
        Assert.Empty(await posts.UnansweredRequestsAsync(garw.Id));

        database.Clock.Advance(TimeSpan.FromDays(PostService.UnansweredDays + 1));
        Assert.Equal(request.Id, Assert.Single(await posts.UnansweredRequestsAsync(garw.Id)).Post.Id);
        Assert.True((await posts.RespondAsync(garw.Megan, request.Id, "I can do Tuesday")).Succeeded);
        Assert.Empty(await posts.UnansweredRequestsAsync(garw.Id));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_author_is_reminded_once_before_a_post_ends_even_by_two_servers_and_renewing_starts_again(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var posts = database.Posts();
        var offer = (await posts.CreateAsync(garw.Megan, garw.Id, Offer(database, garw.Megan, "Help in your garden", endsInDays: 10))).Value!;

        Assert.Equal(0, await posts.RemindEndingAsync());
        database.Clock.Advance(TimeSpan.FromDays(10 - PostService.ReminderDays));
        var other = database.StartAppServer().GetRequiredService<PostService>();
        var reminded = await Task.WhenAll(Task.Run(() => posts.RemindEndingAsync()), Task.Run(() => other.RemindEndingAsync()));

        Assert.Equal(1, reminded.Sum());
        await using (var db = await database.OpenContextAsync())
        {
            var reminder = await db.OutboxMessages.SingleAsync(m => m.PersonId == garw.Megan);
            Assert.Equal("cy", reminder.Language);
            Assert.Contains("Help in your garden", reminder.Subject, StringComparison.Ordinal);
            Assert.Contains($"/timebank/{garw.Id}/posts/{offer.Id}", reminder.Body, StringComparison.Ordinal);
        }

        Assert.Equal(0, await posts.RemindEndingAsync());
        Assert.True((await posts.RenewAsync(garw.Megan, offer.Id)).Succeeded);
        database.Clock.Advance(TimeSpan.FromDays(PostService.RenewalDays - PostService.ReminderDays));
        Assert.Equal(1, await posts.RemindEndingAsync());
    }

    private static PostDetails Offer(TestDatabase database, Guid author, string title, string? description = null, string? area = null,
        Guid? category = null, int endsInDays = 28) =>
        new(author, PostKind.Offer, category ?? Gardening, title, description, area, "Weekday mornings",
            UkTime.Today(database.Clock).AddDays(endsInDays).ToString("yyyy-M-d", CultureInfo.InvariantCulture));

    private static string[] Titles(PostsPage page) => [.. page.Posts.Select(p => p.Post.Title).Order(StringComparer.Ordinal)];
}
