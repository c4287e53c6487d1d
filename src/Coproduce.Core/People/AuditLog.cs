using Coproduce.Core.Audit;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.People;

/// <summary>
/// The audit log as site admins read it: who did what, for whom, when and in which organisation, newest first, for
/// everyone or filtered by a person or an organisation. It lives with People rather than in Audit because it names
/// people and organisations: People already writes audit entries, and Audit stays a room that knows nobody.
/// </summary>
/// <remarks>
/// Pages are cut by keyset on the entry's id, not by offset: an entry's id is a version 7 GUID made from its time, so
/// id order is time order (to the millisecond) and unique, and "older than this id" is a seek along an index however
/// far back the page is, where an offset would read and throw away every row before it.
/// </remarks>
public sealed class AuditLog(IDbContextFactory<CoproduceDbContext> contexts)
{
    /// <summary>The most entries one page shows.</summary>
    public const int MaximumPageSize = 100;

    /// <summary>
    /// One page of entries, newest first: the newest of all, those just older than <paramref name="olderThan"/>, or
    /// those just newer than <paramref name="newerThan"/> (when fewer than a page are newer, the newest page instead).
    /// </summary>
    /// <param name="filter">Whose or where; <see cref="AuditLogFilter.None"/> for every entry.</param>
    /// <param name="olderThan">An entry id (or any id): the page starts after it.</param>
    /// <param name="newerThan">An entry id: the page ends before it. Ignored when <paramref name="olderThan"/> is given.</param>
    /// <param name="pageSize">Entries a page, up to <see cref="MaximumPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<AuditLogPage> PageAsync(AuditLogFilter filter, Guid? olderThan, Guid? newerThan, int pageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        pageSize = Math.Clamp(pageSize, 1, MaximumPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await FilteredAsync(db, filter, cancellationToken);

        List<AuditEntry> page;
        if (olderThan is { } before)
        {
            page = await entries.Where(e => e.Id < before).OrderByDescending(e => e.Id).Take(pageSize).ToListAsync(cancellationToken);
        }
        else
        {
            page = [];
            if (newerThan is { } after)
            {
                page = await entries.Where(e => e.Id > after).OrderBy(e => e.Id).Take(pageSize).ToListAsync(cancellationToken);
                page.Reverse();
            }

            // Near the top a page of newer entries would be short; the newest page reads better and links the same way.
            if (page.Count < pageSize)
            {
                page = await entries.OrderByDescending(e => e.Id).Take(pageSize).ToListAsync(cancellationToken);
            }
        }

        var (newest, oldest) = page.Count > 0 ? (page[0].Id, page[^1].Id) : (Guid.Empty, Guid.Empty);
        var hasNewer = page.Count > 0 && await entries.AnyAsync(e => e.Id > newest, cancellationToken);
        var hasOlder = page.Count > 0 && await entries.AnyAsync(e => e.Id < oldest, cancellationToken);
        return new AuditLogPage(await DescribeAsync(db, page, cancellationToken), hasNewer, hasOlder);
    }

    /// <summary>The newest entries about a person (done by them, for them or to their record), for their page.</summary>
    public async Task<IReadOnlyList<AuditLogLine>> RecentForPersonAsync(Guid personId, int limit = 10, CancellationToken cancellationToken = default) =>
        (await PageAsync(new AuditLogFilter(personId, null), null, null, limit, cancellationToken)).Lines;

    private static async Task<IQueryable<AuditEntry>> FilteredAsync(CoproduceDbContext db, AuditLogFilter filter, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (filter.OrganisationId is { } organisationId)
        {
            entries = entries.Where(e => e.OrganisationId == organisationId);
        }

        if (filter.PersonId is { } personId)
        {
            // Entries about a membership name the membership, not the person; a person has a handful, so they are read first
            // and each condition of the OR is a lookup in an index of its own.
            var membershipIds = await db.Memberships.Where(m => m.PersonId == personId).Select(m => m.Id).ToListAsync(cancellationToken);
            entries = entries.Where(e => e.ActorId == personId || e.OnBehalfOfId == personId || e.SubjectId == personId
                || membershipIds.Contains(e.SubjectId));
        }

        return entries;
    }

    /// <summary>
    /// Names the page's actors, people, roles and organisations, a query each for the whole page. Looked up rather than
    /// joined: an actor that is not a person (the command line) has no row, and a join would drop its entries.
    /// </summary>
    private static async Task<IReadOnlyList<AuditLogLine>> DescribeAsync(CoproduceDbContext db, List<AuditEntry> entries,
        CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        var subjectIds = entries.Select(e => e.SubjectId).Distinct().ToList();
        var memberships = await db.Memberships.AsNoTracking().Where(m => subjectIds.Contains(m.Id))
            .Select(m => new { m.Id, m.PersonId, m.Role }).ToDictionaryAsync(m => m.Id, cancellationToken);
        var personIds = entries.SelectMany(e => new Guid?[] { e.ActorId, e.OnBehalfOfId, e.SubjectId })
            .Concat(memberships.Values.Select(m => (Guid?)m.PersonId))
            .OfType<Guid>().Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Profile.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var organisationIds = entries.Select(e => e.OrganisationId).OfType<Guid>().Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, cancellationToken);

        return [.. entries.Select(e =>
        {
            var membership = memberships.GetValueOrDefault(e.SubjectId);
            // Whom it was for: the person acted for, else the record changed when that is a person, else the membership's person.
            Guid? personId = e.OnBehalfOfId ?? (names.ContainsKey(e.SubjectId) ? e.SubjectId : membership?.PersonId);
            return new AuditLogLine(e, names.GetValueOrDefault(e.ActorId),
                personId, personId is { } id ? names.GetValueOrDefault(id) : null,
                membership?.Role, e.OrganisationId is { } o ? organisations.GetValueOrDefault(o) : null);
        })];
    }
}

/// <summary>Which entries the audit log shows.</summary>
/// <param name="PersonId">Only entries where this person acted, was acted for, or whose record (or membership) changed.</param>
/// <param name="OrganisationId">Only entries in this organisation.</param>
public sealed record AuditLogFilter(Guid? PersonId, Guid? OrganisationId)
{
    /// <summary>Every entry.</summary>
    public static AuditLogFilter None { get; } = new(null, null);
}

/// <summary>One page of the audit log, newest first.</summary>
/// <param name="Lines">The entries.</param>
/// <param name="HasNewer">Whether newer entries match the filter (a link to them with "newer than the first").</param>
/// <param name="HasOlder">Whether older entries match (a link with "older than the last").</param>
public sealed record AuditLogPage(IReadOnlyList<AuditLogLine> Lines, bool HasNewer, bool HasOlder);

/// <summary>One entry of the audit log with the names it needs.</summary>
/// <param name="Entry">What was done, when, by whom, where.</param>
/// <param name="ActorName">The name of whoever did it; none when it was not a person (see <see cref="AuditEntry.ByCommandLine"/>).</param>
/// <param name="PersonId">Whom it was for or about, when a person.</param>
/// <param name="PersonName">Their name.</param>
/// <param name="Role">The role, when a membership changed.</param>
/// <param name="Organisation">Where, if in an organisation.</param>
public sealed record AuditLogLine(AuditEntry Entry, string? ActorName, Guid? PersonId, string? PersonName, OrganisationRole? Role,
    Organisation? Organisation);
