using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Timebank;

/// <summary>What the timebank's pages read. Each read asks who is reading: nobody sees another member's exchanges by guessing an id.</summary>
public sealed partial class ExchangeService
{
    /// <summary>The most exchanges on one list.</summary>
    public const int MaximumListLength = 100;

    /// <summary>The most members offered in a form's list; a bigger timebank needs its coordinators to search (not yet built).</summary>
    public const int MaximumMembersListed = 1000;

    /// <summary>The exchange, if <paramref name="viewerId"/> is one of the two, or coordinates the timebank, or is a site admin.</summary>
    public async Task<ExchangeView?> FindAsync(Guid viewerId, Guid exchangeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var exchange = await db.TimebankExchanges.AsNoTracking().SingleOrDefaultAsync(e => e.Id == exchangeId, cancellationToken);
        if (exchange is null
            || (viewerId != exchange.GiverId && viewerId != exchange.ReceiverId && !await TimebankAccess.CoordinatesAsync(db, viewerId, exchange.OrganisationId, cancellationToken)))
        {
            return null;
        }

        return (await ViewsAsync(db, [exchange], cancellationToken))[0];
    }

    /// <summary>A member's exchanges in the timebank, newest first: those waiting for them, then the rest.</summary>
    public async Task<IReadOnlyList<ExchangeView>> ExchangesOfAsync(Guid personId, Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The two sides read apart, each by its own index, then merged: asked as one "giver or receiver", SQLite read
        // every exchange in the timebank (2.7 s a page at half a million).
        var given = await db.TimebankExchanges.AsNoTracking().Where(e => e.OrganisationId == organisationId && e.GiverId == personId)
            .OrderByDescending(e => e.RecordedAt).Take(MaximumListLength).ToListAsync(cancellationToken);
        var received = await db.TimebankExchanges.AsNoTracking().Where(e => e.OrganisationId == organisationId && e.ReceiverId == personId)
            .OrderByDescending(e => e.RecordedAt).Take(MaximumListLength).ToListAsync(cancellationToken);
        var exchanges = given.Concat(received).OrderByDescending(e => e.RecordedAt).Take(MaximumListLength).ToList();
        var views = await ViewsAsync(db, exchanges, cancellationToken);
        return [.. views.OrderByDescending(v => v.Exchange.Status == ExchangeStatus.Pending && v.Exchange.AwaitingId == personId)];
    }

    /// <summary>The timebank's pending exchanges, oldest first, for its coordinators: those only they can approve first.</summary>
    public async Task<IReadOnlyList<ExchangeView>> PendingInAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var exchanges = await db.TimebankExchanges.AsNoTracking()
            .Where(e => e.OrganisationId == organisationId && e.Status == ExchangeStatus.Pending)
            .OrderBy(e => e.RecordedAt).Take(MaximumListLength).ToListAsync(cancellationToken);
        var views = await ViewsAsync(db, exchanges, cancellationToken);
        return [.. views.OrderByDescending(v => v.Exchange.AwaitingId is null)];
    }

    /// <summary>The timebank's active members, by name, for the forms' lists.</summary>
    public async Task<IReadOnlyList<TimebankMember>> MembersAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var members = await (from m in db.Memberships
                             join p in db.People on m.PersonId equals p.Id
                             where m.OrganisationId == organisationId && m.Role == OrganisationRole.Member && m.Status == MembershipStatus.Active
                             orderby p.Profile.Name
                             select new TimebankMember(p.Id, p.Profile.Name))
            .Take(MaximumMembersListed).ToListAsync(cancellationToken);
        return [.. members.OrderBy(m => m.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>The member's balance at the timebank: zero before their first exchange.</summary>
    public Task<Balance> BalanceAsync(Guid personId, Guid organisationId, CancellationToken cancellationToken = default) =>
        ledger.BalanceHeldAtAsync(personId, organisationId, cancellationToken);

    /// <summary>The timebank's rules, or the defaults.</summary>
    public async Task<TimebankSettings> SettingsOfAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await TimebankAccounts.SettingsAsync(db, organisationId, cancellationToken);
    }

    private static async Task<IReadOnlyList<ExchangeView>> ViewsAsync(CoproduceDbContext db, IReadOnlyList<Exchange> exchanges, CancellationToken cancellationToken)
    {
        var ids = exchanges.SelectMany(e => new[] { e.GiverId, e.ReceiverId, e.RecordedById }).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Profile.Name, cancellationToken);
        var categoryIds = exchanges.Select(e => e.CategoryId).OfType<Guid>().Distinct().ToList();
        var categories = await db.TimebankCategories.AsNoTracking().Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var postIds = exchanges.Select(e => e.PostId).OfType<Guid>().Distinct().ToList();
        var posts = await db.TimebankPosts.AsNoTracking().Where(p => postIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        return [.. exchanges.Select(e => new ExchangeView(e, names[e.GiverId], names[e.ReceiverId], names[e.RecordedById],
            e.CategoryId is { } category ? categories[category] : null, e.PostId is { } post ? posts[post] : null))];
    }
}
