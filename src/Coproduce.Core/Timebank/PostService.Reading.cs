using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Timebank;

/// <summary>What the offers and requests pages read.</summary>
public sealed partial class PostService
{
    /// <summary>How many matches a post suggests.</summary>
    public const int MaximumMatches = 5;

    /// <summary>A request nobody has answered in this many days is flagged to the coordinators.</summary>
    public const int UnansweredDays = 14;

    // "Active recently", for matches and suggested members: an exchange in this many days.
    internal const int ActiveDays = 90;

    /// <summary>The categories a timebank's posts may use: the seeded ones and its own, in list order.</summary>
    public async Task<IReadOnlyList<SkillCategory>> CategoriesAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TimebankCategories.AsNoTracking()
            .Where(c => c.OrganisationId == null || c.OrganisationId == organisationId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken);
    }

    /// <summary>One page of the timebank's posts that are up and match, newest first.</summary>
    public async Task<PostsPage> SearchAsync(Guid organisationId, PostSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A day before today reads as today: a post that has ended is not up, whatever day is asked about.
        var today = UkTime.Today(clock);
        var upOn = search.UpOn is { } day && day > today ? day : today;
        var posts = db.TimebankPosts.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && p.Status == PostStatus.Open && p.EndsOn >= upOn);
        if (search.Kind is { } kind)
        {
            posts = posts.Where(p => p.Kind == kind);
        }

        if (search.CategoryId is { } category)
        {
            posts = posts.Where(p => p.CategoryId == category);
        }

        // Each word typed finds the posts with a word that starts with it ("garden" finds "gardening"). The longest
        // leads, from the words table, so the search reads only the posts it is in; the others are checked on those.
        var words = PostWord.WordsOf(TextFolding.Key(search.Text ?? string.Empty, 200)).Take(8).OrderByDescending(w => w.Length).ToList();
        if (words.Count > 0)
        {
            // Words from "garden" up to (not including) "gardeo": every word starting "garden". A post with two such
            // words is one post, so the ids are made distinct before the join.
            var (first, pastFirst) = (words[0], words[0][..^1] + (char)(words[0][^1] + 1));
            var withFirst = db.TimebankPostWords
                .Where(w => w.OrganisationId == organisationId && w.Word.CompareTo(first) >= 0 && w.Word.CompareTo(pastFirst) < 0)
                .Select(w => w.PostId).Distinct();
            posts = from id in withFirst
                    join post in posts on id equals post.Id
                    select post;
            foreach (var other in words.Skip(1))
            {
                posts = posts.Where(p => p.SearchText.StartsWith(other) || p.SearchText.Contains(" " + other));
            }
        }

        if (!string.IsNullOrWhiteSpace(search.Area))
        {
            var area = TextFolding.Key(search.Area, MaximumAreaLength);
            posts = posts.Where(p => p.SearchText.Contains(area));
        }

        var total = await posts.CountAsync(cancellationToken);
        var page = Math.Max(1, search.Page);
        // The page's ids first (from the index, when only words are searched), then just those twenty rows.
        var ids = await posts.OrderByDescending(p => p.CreatedAt).Skip((page - 1) * PageSize).Take(PageSize).Select(p => p.Id).ToListAsync(cancellationToken);
        var rows = await db.TimebankPosts.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var found = ids.Select(id => rows[id]).ToList();
        return new PostsPage(await ViewsAsync(db, found, cancellationToken), total, page);
    }

    /// <summary>The post, if <paramref name="viewerId"/> may see the timebank's posts (a member, coordinator or site admin).</summary>
    public async Task<PostView?> FindAsync(Guid viewerId, Guid postId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var post = await db.TimebankPosts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        return post is null || !await TimebankAccess.IsInAsync(db, viewerId, post.OrganisationId, cancellationToken)
            ? null
            : (await ViewsAsync(db, [post], cancellationToken))[0];
    }

    /// <summary>A member's own posts in the timebank, up or not, newest first.</summary>
    public async Task<IReadOnlyList<PostView>> PostsOfAsync(Guid personId, Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var posts = await db.TimebankPosts.AsNoTracking().Where(p => p.OrganisationId == organisationId && p.AuthorId == personId)
            .OrderByDescending(p => p.CreatedAt).Take(50).ToListAsync(cancellationToken);
        return await ViewsAsync(db, posts, cancellationToken);
    }

    /// <summary>
    /// Suggested matches for a post, both ways: for a request, offers of the same kind of help; for an offer, requests.
    /// Those in the same area first, then those whose authors have exchanged time lately, then the newest.
    /// </summary>
    public async Task<IReadOnlyList<PostView>> MatchesForAsync(TimebankPost post, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(post);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var today = UkTime.Today(clock);
        var since = clock.GetUtcNow().AddDays(-ActiveDays);
        var area = TextFolding.Key(post.Area, MaximumAreaLength);
        var candidates = await db.TimebankPosts.AsNoTracking()
            .Where(p => p.OrganisationId == post.OrganisationId && p.Kind != post.Kind && p.CategoryId == post.CategoryId
                && p.AuthorId != post.AuthorId && p.Status == PostStatus.Open && p.EndsOn >= today)
            .OrderByDescending(p => p.CreatedAt).Take(100).ToListAsync(cancellationToken);
        var active = await RecentlyActiveAsync(db, post.OrganisationId, [.. candidates.Select(p => p.AuthorId).Distinct()], since, cancellationToken);
        var best = candidates
            .OrderByDescending(p => TextFolding.Key(p.Area, MaximumAreaLength) == area)
            .ThenByDescending(p => active.Contains(p.AuthorId))
            .ThenByDescending(p => p.CreatedAt)
            .Take(MaximumMatches).ToList();
        return await ViewsAsync(db, best, cancellationToken);
    }

    /// <summary>
    /// Those of <paramref name="people"/> with an exchange confirmed since <paramref name="since"/>: suggestions put
    /// them first. Read from at most a thousand exchanges, as only the order depends on it.
    /// </summary>
    internal static async Task<HashSet<Guid>> RecentlyActiveAsync(CoproduceDbContext db, Guid organisationId, List<Guid> people, DateTimeOffset since,
        CancellationToken cancellationToken) =>
        (await db.TimebankExchanges.AsNoTracking()
            .Where(e => e.OrganisationId == organisationId && e.Status == ExchangeStatus.Confirmed && e.DecidedAt >= since
                && (people.Contains(e.GiverId) || people.Contains(e.ReceiverId)))
            .Select(e => new { e.GiverId, e.ReceiverId }).Take(1000).ToListAsync(cancellationToken))
            .SelectMany(e => new[] { e.GiverId, e.ReceiverId }).ToHashSet();

    /// <summary>Requests up for <see cref="UnansweredDays"/> days or more that nobody has answered: flagged on the coordinators' screen.</summary>
    public async Task<IReadOnlyList<PostView>> UnansweredRequestsAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var today = UkTime.Today(clock);
        var before = clock.GetUtcNow().AddDays(-UnansweredDays);
        var posts = await db.TimebankPosts.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && p.Kind == PostKind.Request && p.Status == PostStatus.Open && p.EndsOn >= today
                && p.CreatedAt <= before && !db.TimebankPostResponses.Any(r => r.PostId == p.Id))
            .OrderBy(p => p.CreatedAt).Take(50).ToListAsync(cancellationToken);
        return await ViewsAsync(db, posts, cancellationToken);
    }

    private static async Task<IReadOnlyList<PostView>> ViewsAsync(CoproduceDbContext db, IReadOnlyList<TimebankPost> posts, CancellationToken cancellationToken)
    {
        var ids = posts.Select(p => p.Id).ToList();
        var authorIds = posts.Select(p => p.AuthorId).Distinct().ToList();
        var categoryIds = posts.Select(p => p.CategoryId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => authorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Profile.Name, cancellationToken);
        var categories = await db.TimebankCategories.AsNoTracking().Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var responses = await db.TimebankPostResponses.AsNoTracking().Where(r => ids.Contains(r.PostId))
            .GroupBy(r => r.PostId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. posts.Select(p => new PostView(p, names[p.AuthorId], categories[p.CategoryId], responses.GetValueOrDefault(p.Id)))];
    }
}
