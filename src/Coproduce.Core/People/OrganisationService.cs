using Coproduce.Core.Audit;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.People;

/// <summary>
/// A site admin's organisations: create one, change its details, suspend it with a reason, reopen it. Only a site admin
/// may, whatever page calls; each act is one unit of work with its audit entry, and bad input changes nothing. Two
/// organisations in one area never share a name, in either language, ignoring case and accents.
/// </summary>
public sealed class OrganisationService
{
    /// <summary>The most organisations one page of a list shows.</summary>
    public const int MaximumPageSize = 100;

    private readonly IDbContextFactory<CoproduceDbContext> contexts;
    private readonly UnitsOfWork units;
    private readonly TimeProvider clock;

    /// <summary>Creates the service.</summary>
    public OrganisationService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, TimeProvider clock)
    {
        this.contexts = contexts;
        this.units = units;
        this.clock = clock;
    }

    /// <summary>A site admin creates an organisation, active from now, with no members yet.</summary>
    /// <param name="actorId">The site admin.</param>
    /// <param name="details">Its details as typed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Result<Organisation>> CreateAsync(Guid actorId, OrganisationDetails details, CancellationToken cancellationToken = default)
    {
        var checkedDetails = OrganisationRules.Check(details);
        if (!checkedDetails.Succeeded)
        {
            return Task.FromResult(Result<Organisation>.Refused(checkedDetails.Errors));
        }

        return units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            if (await RefuseUnlessSiteAdminAsync(db, actorId, token) is { } refusal)
            {
                return Result<Organisation>.Refused(refusal);
            }

            var now = clock.GetUtcNow();
            var organisation = new Organisation(Guid.CreateVersion7(now), checkedDetails.Value, now, actorId, isDemo: false);
            if (await NamesTakenAsync(db, organisation, token) is { Count: > 0 } taken)
            {
                return Result<Organisation>.Refused(taken);
            }

            db.Organisations.Add(organisation);
            db.AuditEntries.Add(new AuditEntry(now, AuditActions.OrganisationCreated, actorId, null, organisation.Id, organisation.Id));
            return Result<Organisation>.Success(organisation);
        }, cancellationToken);
    }

    /// <summary>A site admin changes an organisation's details (suspended or not: a suspension stops its people, not the admin).</summary>
    /// <param name="actorId">The site admin.</param>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="details">Its details as typed, every field: what is left blank is cleared.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Result<Organisation>> UpdateAsync(Guid actorId, Guid organisationId, OrganisationDetails details,
        CancellationToken cancellationToken = default)
    {
        var checkedDetails = OrganisationRules.Check(details);
        if (!checkedDetails.Succeeded)
        {
            return Task.FromResult(Result<Organisation>.Refused(checkedDetails.Errors));
        }

        return ChangeAsync(actorId, organisationId, AuditActions.OrganisationUpdated, organisation =>
        {
            organisation.Change(checkedDetails.Value);
            return null;
        }, checkNames: true, cancellationToken);
    }

    /// <summary>
    /// A site admin suspends an organisation: its pages say so, and nothing in it can be done (joining, deciding,
    /// recording members, making API tokens, the API's writes) until it is reopened. Everything in it can still be read.
    /// </summary>
    /// <param name="actorId">The site admin.</param>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="reason">Why, for the other site admins and the organisation's people to read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Result<Organisation>> SuspendAsync(Guid actorId, Guid organisationId, string? reason, CancellationToken cancellationToken = default)
    {
        var checkedReason = OrganisationRules.CheckReason(reason);
        if (!checkedReason.Succeeded)
        {
            return Task.FromResult(Result<Organisation>.Refused(checkedReason.Errors));
        }

        var now = clock.GetUtcNow();
        return ChangeAsync(actorId, organisationId, AuditActions.OrganisationSuspended, organisation =>
        {
            if (organisation.IsSuspended)
            {
                return new FieldError(string.Empty, "Organisation.AlreadySuspended");
            }

            organisation.Suspend(actorId, now, checkedReason.Value);
            return null;
        }, checkNames: false, cancellationToken);
    }

    /// <summary>A site admin reopens a suspended organisation: its people can act in it again.</summary>
    public Task<Result<Organisation>> ReopenAsync(Guid actorId, Guid organisationId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorId, organisationId, AuditActions.OrganisationReopened, organisation =>
        {
            if (!organisation.IsSuspended)
            {
                return new FieldError(string.Empty, "Organisation.NotSuspended");
            }

            organisation.Reopen();
            return null;
        }, checkNames: false, cancellationToken);

    /// <summary>
    /// One page of organisations in name order (English or Welsh, as <paramref name="language"/> reads), cut in the
    /// database. Nothing is ever listed whole.
    /// </summary>
    /// <param name="search">Part of a name in either language or of an area, in any case, with or without accents; none for all.</param>
    /// <param name="page">From 1; a page past the end is the last page.</param>
    /// <param name="pageSize">Organisations a page, up to <see cref="MaximumPageSize"/>.</param>
    /// <param name="language">Whose name order: Welsh pages sort by the Welsh name where there is one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<OrganisationsPage> PageAsync(string? search, int page, int pageSize, Language language = Language.English,
        CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaximumPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var listed = db.Organisations.AsNoTracking();
        if (OrganisationSearch.Term(search) is { } term)
        {
            // Contains on folded text: instr() on SQLite, strpos() on PostgreSQL, the same answer on both, and no wildcards.
            listed = listed.Where(o => o.SearchText.Contains(term));
        }

        var total = await listed.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var ordered = language == Language.Welsh
            ? listed.OrderBy(o => o.SortNameWelsh).ThenBy(o => o.Id)
            : listed.OrderBy(o => o.SortName).ThenBy(o => o.Id);
        var rows = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new OrganisationsPage(rows, page, pageSize, total);
    }

    /// <summary>The most organisations <see cref="ChoicesAsync"/> offers: more than a region has, so a select stays one.</summary>
    public const int MaximumChoices = 1000;

    /// <summary>
    /// Organisations to choose from (the audit log's filter), in name order for <paramref name="language"/>: at most
    /// <see cref="MaximumChoices"/>, since a region has tens or hundreds, never an unbounded list.
    /// </summary>
    public async Task<IReadOnlyList<Organisation>> ChoicesAsync(Language language = Language.English, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var listed = db.Organisations.AsNoTracking();
        var ordered = language == Language.Welsh
            ? listed.OrderBy(o => o.SortNameWelsh).ThenBy(o => o.Id)
            : listed.OrderBy(o => o.SortName).ThenBy(o => o.Id);
        return await ordered.Take(MaximumChoices).ToListAsync(cancellationToken);
    }

    /// <summary>What site admins did to the organisation (created, changed, suspended, reopened), newest first, with who.</summary>
    public async Task<IReadOnlyList<OrganisationHistoryLine>> HistoryAsync(Guid organisationId, int limit = 50,
        CancellationToken cancellationToken = default)
    {
        string[] actions = [AuditActions.OrganisationCreated, AuditActions.OrganisationUpdated, AuditActions.OrganisationSuspended,
            AuditActions.OrganisationReopened];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from e in db.AuditEntries.AsNoTracking()
                          join actor in db.People.AsNoTracking() on e.ActorId equals actor.Id
                          where e.SubjectId == organisationId && actions.Contains(e.Action)
                          orderby e.At descending, e.Id descending
                          select new { e, actor.Profile.Name })
            .Take(Math.Clamp(limit, 1, 500)).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OrganisationHistoryLine(r.e, r.Name))];
    }

    /// <summary>
    /// Fills in the folded names, sort keys and search text of organisations made before they existed, a batch at a
    /// time; run on start after the migrations. A name another organisation in the area already holds is left to it.
    /// </summary>
    internal static async Task FillMissingSearchTextAsync(IDbContextFactory<CoproduceDbContext> contexts, CancellationToken cancellationToken)
    {
        var conflicts = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var batch = await db.Organisations.Include(o => o.Names).Where(o => o.SearchText == string.Empty)
                .OrderBy(o => o.Id).Take(200).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            var areas = batch.Select(o => OrganisationSearch.AreaKey(o.Area)).Distinct().ToList();
            var held = await db.Set<OrganisationName>().AsNoTracking().Where(n => areas.Contains(n.AreaKey)).ToListAsync(cancellationToken);
            var taken = areas.ToDictionary(area => area, area => held.Where(n => n.AreaKey == area).Select(n => n.NameKey).ToHashSet());
            foreach (var organisation in batch)
            {
                var inArea = taken[OrganisationSearch.AreaKey(organisation.Area)];
                organisation.RefreshSearch(inArea);
                inArea.UnionWith(organisation.Names.Select(n => n.NameKey));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (++conflicts < 5)
            {
                // Another app server starting at the same moment filled some in first: read what is left and go on.
            }
        }
    }

    // The shape of every act on one organisation: a site admin, an organisation that exists, the change (which may
    // refuse), the names still free when they changed, and the audit entry, in one unit of work.
    private Task<Result<Organisation>> ChangeAsync(Guid actorId, Guid organisationId, string action, Func<Organisation, FieldError?> change,
        bool checkNames, CancellationToken cancellationToken) =>
        units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            if (await RefuseUnlessSiteAdminAsync(db, actorId, token) is { } refusal)
            {
                return Result<Organisation>.Refused(refusal);
            }

            var organisation = await db.Organisations.Include(o => o.Names).SingleOrDefaultAsync(o => o.Id == organisationId, token);
            if (organisation is null)
            {
                return Result<Organisation>.Refused(new FieldError(string.Empty, "People.UnknownOrganisation"));
            }

            if (change(organisation) is { } refused)
            {
                return Result<Organisation>.Refused(refused);
            }

            if (checkNames && await NamesTakenAsync(db, organisation, token) is { Count: > 0 } taken)
            {
                return Result<Organisation>.Refused(taken);
            }

            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), action, actorId, null, organisation.Id, organisation.Id));
            return Result<Organisation>.Success(organisation);
        }, cancellationToken);

    // The rule, said to the person; the OrganisationNames key says it again to the database, so two app servers can't
    // both create one (on PostgreSQL the loser's unit of work runs again and finds the name taken).
    private static async Task<IReadOnlyList<FieldError>> NamesTakenAsync(CoproduceDbContext db, Organisation organisation,
        CancellationToken cancellationToken)
    {
        var areaKey = OrganisationSearch.AreaKey(organisation.Area);
        var keys = organisation.Names.Select(n => n.NameKey).ToList();
        var taken = await db.Set<OrganisationName>().AsNoTracking()
            .Where(n => n.AreaKey == areaKey && keys.Contains(n.NameKey) && n.OrganisationId != organisation.Id)
            .Select(n => n.NameKey).ToListAsync(cancellationToken);
        var errors = new List<FieldError>();
        var english = OrganisationSearch.Key(organisation.Name, OrganisationSearch.MaximumNameKeyLength);
        if (taken.Contains(english))
        {
            errors.Add(new FieldError(nameof(OrganisationDetails.Name), "Organisation.NameTaken", organisation.Name, organisation.Area));
        }

        // A Welsh name that folds to the English one is the same name, already refused above.
        if (organisation.NameWelsh is { } welsh && OrganisationSearch.Key(welsh, OrganisationSearch.MaximumNameKeyLength) is var welshKey
            && welshKey != english && taken.Contains(welshKey))
        {
            errors.Add(new FieldError(nameof(OrganisationDetails.NameWelsh), "Organisation.NameTaken", welsh, organisation.Area));
        }

        return errors;
    }

    /// <summary>Why the actor may not run organisations, or none when they are a site admin.</summary>
    internal static async Task<FieldError?> RefuseUnlessSiteAdminAsync(CoproduceDbContext db, Guid actorId, CancellationToken cancellationToken) =>
        await PeopleService.IsSiteAdminAsync(db, actorId, cancellationToken) ? null : new FieldError(string.Empty, "Organisation.NotSiteAdmin");
}

/// <summary>One page of organisations.</summary>
/// <param name="Organisations">The organisations on this page, in name order.</param>
/// <param name="Page">Which page, from 1.</param>
/// <param name="PageSize">Organisations a page.</param>
/// <param name="Total">Organisations on every page together (matching the search, if any).</param>
public sealed record OrganisationsPage(IReadOnlyList<Organisation> Organisations, int Page, int PageSize, int Total)
{
    /// <summary>How many pages there are (at least one, even when empty).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>One thing a site admin did to an organisation, and who.</summary>
public sealed record OrganisationHistoryLine(AuditEntry Entry, string ActorName);
