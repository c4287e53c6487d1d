using Coproduce.Core.Audit;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.People;

/// <summary>
/// People, organisations and memberships: who belongs where, in what role, and who recorded what for whom.
/// Every change is audited in the same transaction; every check of authority happens here as well as on the page.
/// </summary>
public sealed class PeopleService
{
    private readonly IDbContextFactory<CoproduceDbContext> contexts;
    private readonly UnitsOfWork units;
    private readonly MembershipNotices notices;
    private readonly TimeProvider clock;
    private readonly MemberCountCache memberCounts;

    /// <summary>Creates the service.</summary>
    public PeopleService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, Outbox outbox, ISiteLinks links, TimeProvider clock)
    {
        this.contexts = contexts;
        this.units = units;
        notices = new MembershipNotices(outbox, links);
        this.clock = clock;
        memberCounts = new MemberCountCache(clock);
    }

    /// <summary>Checks a profile against today's date.</summary>
    public Result<PersonProfile> CheckProfile(PersonProfile profile) => PeopleRules.Check(profile, UkTime.Today(clock));

    /// <summary>
    /// A new person for <paramref name="db"/> to save, audited as made by themselves. Registration adds it in the same
    /// unit of work as the Identity user, so there is never a login without a person or a person half-made.
    /// </summary>
    /// <param name="db">The context that will save the person with the login.</param>
    /// <param name="checkedProfile">A profile <see cref="CheckProfile"/> accepted.</param>
    public Person AddSelfRegistered(CoproduceDbContext db, PersonProfile checkedProfile)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = clock.GetUtcNow();
        var person = new Person(Guid.CreateVersion7(now), checkedProfile, now, createdById: null, isDemo: false);
        db.People.Add(person);
        db.AuditEntries.Add(new AuditEntry(now, AuditActions.PersonCreated, person.Id, null, null, person.Id));
        return person;
    }

    /// <summary>Finds a person.</summary>
    public async Task<Person?> FindPersonAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
    }

    /// <summary>Whether the person can sign in (has a login) or is looked after by coordinators.</summary>
    public async Task<bool> HasLoginAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AnyAsync(u => u.PersonId == personId, cancellationToken);
    }

    /// <summary>
    /// A coordinator creates a member who will not sign in, from a phone call or a paper form. The member joins the
    /// organisation at once (the coordinator's record is the approval), and the record says who made it.
    /// </summary>
    /// <param name="coordinatorId">Who records the member.</param>
    /// <param name="organisationId">The organisation they join.</param>
    /// <param name="profile">Their details as given.</param>
    /// <param name="addLikelyDuplicate">Add them even though someone in the organisation has the same name and phone
    /// (see <see cref="FindLikelyDuplicatesAsync"/>): the coordinator has checked it is someone else.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Result<Person>> CreateMemberWithoutLoginAsync(Guid coordinatorId, Guid organisationId, PersonProfile profile,
        bool addLikelyDuplicate = false, CancellationToken cancellationToken = default)
    {
        var checkedProfile = CheckProfile(profile);
        if (!checkedProfile.Succeeded)
        {
            return Task.FromResult(Result<Person>.Refused(checkedProfile.Errors));
        }

        return units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            // Authority first: someone with no say there hears that, not that the organisation is suspended.
            var refusal = await RefuseUnlessRoleAsync(db, coordinatorId, organisationId, OrganisationRoles.Coordinating, "People.NotCoordinator",
                token) ?? await RefuseIfSuspendedAsync(db, organisationId, token);
            if (refusal is not null)
            {
                return Result<Person>.Refused(refusal);
            }

            if (!addLikelyDuplicate && (await LikelyDuplicatesAsync(db, organisationId, checkedProfile.Value, token)).Count > 0)
            {
                return Result<Person>.Refused(new FieldError(string.Empty, "People.LikelyDuplicate"));
            }

            var now = clock.GetUtcNow();
            var person = new Person(Guid.CreateVersion7(now), checkedProfile.Value, now, coordinatorId, isDemo: false);
            var membership = new Membership(Guid.CreateVersion7(now), person.Id, organisationId, OrganisationRole.Member, now, coordinatorId);
            membership.Approve(coordinatorId, now);
            db.People.Add(person);
            db.Memberships.Add(membership);
            db.AuditEntries.Add(new AuditEntry(now, AuditActions.PersonCreated, coordinatorId, person.Id, organisationId, person.Id));
            db.AuditEntries.Add(new AuditEntry(now, AuditActions.MembershipApproved, coordinatorId, person.Id, organisationId, membership.Id));
            return Result<Person>.Success(person);
        }, cancellationToken);
    }

    /// <summary>
    /// Changes a profile. The person may change their own; a coordinator may change the profile of an active member of
    /// their organisation (not of someone who has only asked to join), but never the email address of someone who signs
    /// in. The change is recorded as made on the member's behalf. A coordinator's say comes only from an organisation
    /// that is not suspended; a site admin's from being one.
    /// </summary>
    public Task<Result<Person>> UpdateProfileAsync(Guid actorId, Guid personId, PersonProfile profile,
        CancellationToken cancellationToken = default)
    {
        var checkedProfile = CheckProfile(profile);
        if (!checkedProfile.Succeeded)
        {
            return Task.FromResult(Result<Person>.Refused(checkedProfile.Errors));
        }

        return units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, token);
            if (person is null)
            {
                return Result<Person>.Refused(new FieldError(string.Empty, "People.UnknownPerson"));
            }

            if (actorId != personId && !await CanLookAfterAsync(db, actorId, personId, evenInSuspended: false, token))
            {
                // Saying "suspended" when that is the only reason tells the coordinator what to do about it.
                return Result<Person>.Refused(new FieldError(string.Empty,
                    await CanLookAfterAsync(db, actorId, personId, evenInSuspended: true, token) ? "Organisation.Suspended" : "People.NotYourMember"));
            }

            // Someone who signs in owns their email address: changed by anyone else, it would hand over their account.
            if (actorId != personId && !string.Equals(person.Profile.Email, checkedProfile.Value.Email, StringComparison.OrdinalIgnoreCase)
                && await db.Users.AnyAsync(u => u.PersonId == personId, token))
            {
                return Result<Person>.Refused(new FieldError(nameof(PersonProfile.Email), "People.SignInEmailNotYours"));
            }

            // Saving other details from a page in the other language doesn't change the language the text was written in.
            var profileToSave = checkedProfile.Value;
            if (profileToSave.Address == person.Profile.Address && profileToSave.AccessibilityNeeds == person.Profile.AccessibilityNeeds)
            {
                profileToSave = profileToSave with { WrittenIn = person.Profile.WrittenIn };
            }

            person.UpdateProfile(profileToSave);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), AuditActions.ProfileUpdated, actorId, personId, null, personId));
            return Result<Person>.Success(person);
        }, cancellationToken);
    }

    /// <summary>How many join requests wait in each of these organisations (those with none are left out).</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> WaitingRequestsAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisationIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Memberships.AsNoTracking()
            .Where(m => organisationIds.Contains(m.OrganisationId) && m.Status == MembershipStatus.Requested)
            .GroupBy(m => m.OrganisationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    /// <summary>
    /// Whether <paramref name="actorId"/> coordinates an organisation <paramref name="personId"/> is an active member of
    /// (or is a site admin): enough to read their record, even in a suspended organisation.
    /// </summary>
    public async Task<bool> CanLookAfterAsync(Guid actorId, Guid personId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CanLookAfterAsync(db, actorId, personId, evenInSuspended: true, cancellationToken);
    }

    /// <summary>Asks to join an organisation as a member; a coordinator decides.</summary>
    public Task<Result<Membership>> RequestToJoinAsync(Guid personId, Guid organisationId, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, token);
            var requester = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, token);
            if (organisation is null || requester is null)
            {
                return Result<Membership>.Refused(new FieldError(string.Empty, "People.UnknownOrganisation"));
            }

            if (organisation.IsSuspended)
            {
                return Result<Membership>.Refused(new FieldError(string.Empty, "Organisation.Suspended"));
            }

            var now = clock.GetUtcNow();
            var existing = await db.Memberships.SingleOrDefaultAsync(
                m => m.PersonId == personId && m.OrganisationId == organisationId && m.Role == OrganisationRole.Member, token);
            switch (existing?.Status)
            {
                case MembershipStatus.Active:
                    return Result<Membership>.Refused(new FieldError(string.Empty, "People.AlreadyMember"));
                case MembershipStatus.Requested:
                    return Result<Membership>.Refused(new FieldError(string.Empty, "People.AlreadyRequested"));
                case MembershipStatus.Declined or MembershipStatus.Ended:
                    existing.RequestAgain(personId, now);
                    break;
                case null:
                    existing = new Membership(Guid.CreateVersion7(now), personId, organisationId, OrganisationRole.Member, now, personId);
                    db.Memberships.Add(existing);
                    break;
            }

            db.AuditEntries.Add(new AuditEntry(now, AuditActions.MembershipRequested, personId, null, organisationId, existing.Id));
            var saved = await SaveOnceAsync(db, existing, "People.AlreadyRequested", token);
            if (saved.Succeeded)
            {
                notices.Requested(work, organisation, requester, await CoordinatorsOfAsync(db, organisationId, token));
            }

            return saved;
        }, cancellationToken);

    /// <summary>A coordinator approves or declines a join request; who decided is recorded.</summary>
    /// <param name="coordinatorId">Who decides.</param>
    /// <param name="membershipId">The request.</param>
    /// <param name="approve">Approve, or decline.</param>
    /// <param name="organisationId">When given, the request must be to join this organisation (the page it was decided on).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Result<Membership>> DecideAsync(Guid coordinatorId, Guid membershipId, bool approve, Guid? organisationId = null,
        CancellationToken cancellationToken = default) =>
        units.RunAsync((work, token) => DecideAsync(work, coordinatorId, membershipId, approve, organisationId, token), cancellationToken);

    private async Task<Result<Membership>> DecideAsync(UnitOfWork work, Guid coordinatorId, Guid membershipId, bool approve, Guid? organisationId,
        CancellationToken cancellationToken)
    {
        var db = work.Db;
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null || (organisationId is not null && membership.OrganisationId != organisationId))
        {
            return Result<Membership>.Refused(new FieldError(string.Empty, "People.UnknownRequest"));
        }

        var refusal = await RefuseUnlessRoleAsync(db, coordinatorId, membership.OrganisationId, OrganisationRoles.Coordinating,
            "People.NotCoordinator", cancellationToken) ?? await RefuseIfSuspendedAsync(db, membership.OrganisationId, cancellationToken);
        if (refusal is not null)
        {
            return Result<Membership>.Refused(refusal);
        }

        if (membership.Status != MembershipStatus.Requested)
        {
            return Result<Membership>.Refused(new FieldError(string.Empty, "People.RequestAlreadyDecided"));
        }

        var now = clock.GetUtcNow();
        if (approve)
        {
            membership.Approve(coordinatorId, now);
        }
        else
        {
            membership.Decline(coordinatorId, now);
        }

        db.AuditEntries.Add(new AuditEntry(now, approve ? AuditActions.MembershipApproved : AuditActions.MembershipDeclined,
            coordinatorId, membership.PersonId, membership.OrganisationId, membership.Id));
        var saved = await SaveOnceAsync(db, membership, "People.RequestAlreadyDecided", cancellationToken);
        if (saved.Succeeded
            && await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == membership.OrganisationId, cancellationToken) is { } organisation
            && await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == membership.PersonId, cancellationToken) is { } person)
        {
            notices.Decided(work, membership, organisation, person);
        }

        return saved;
    }

    /// <summary>Finds an organisation.</summary>
    public async Task<Organisation?> FindOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
    }

    /// <summary>A person's memberships (every status), with the organisations.</summary>
    public async Task<IReadOnlyList<MembershipOfPerson>> MembershipsOfAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from m in db.Memberships.AsNoTracking()
                          join o in db.Organisations.AsNoTracking() on m.OrganisationId equals o.Id
                          where m.PersonId == personId
                          select new MembershipOfPerson(m, o)).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Organisation.Name, StringComparer.CurrentCulture).ThenBy(r => r.Membership.Role)];
    }

    /// <summary>The most people one page of a list shows.</summary>
    public const int MaximumPageSize = 100;

    /// <summary>
    /// One page of an organisation's people: those waiting for a decision on a join request first, then the others, in
    /// name order, each with their roles there. Sorted, counted and cut in the database, so an organisation of 100,000
    /// costs a page, not the whole list. A big organisation's count of members may be a few seconds old
    /// (<see cref="MemberCountCache"/>); the waiting requests are always counted afresh.
    /// </summary>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="search">Part of a name, phone number, email address or postcode, in any case, with or without
    /// accents and spaces; none for everyone.</param>
    /// <param name="page">From 1; a page past the end is the last page.</param>
    /// <param name="pageSize">People a page, up to <see cref="MaximumPageSize"/>.</param>
    /// <param name="activeOnly">Only people with an approved role (the API's list); otherwise requests too.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<MembersPage> MembersPageAsync(Guid organisationId, string? search, int page, int pageSize, bool activeOnly = false,
        CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaximumPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await CountMembersAsync(db, organisationId, PersonSearch.Terms(search), activeOnly, cancellationToken);
        var pageCount = Math.Max(1, (counts.Total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);

        // The list is two runs, each in name order: the people waiting for a decision, then the other members. Each run
        // is read along the People name index, checking membership person by person, so a page costs a page of lookups
        // rather than sorting the whole organisation (which took about 250 ms at 100,000 members).
        var skip = (page - 1) * pageSize;
        var people = new List<Person>(pageSize);
        if (skip < counts.Waiting)
        {
            people.AddRange(await PageOfAsync(MembersWhere(db, organisationId, search, waiting: true, activeOnly), skip, pageSize, cancellationToken));
        }

        if (people.Count < pageSize)
        {
            people.AddRange(await PageOfAsync(MembersWhere(db, organisationId, search, waiting: false, activeOnly),
                Math.Max(0, skip - counts.Waiting), pageSize - people.Count, cancellationToken));
        }

        var ids = people.Select(p => p.Id).ToList();
        var withLogin = (await db.Users.Where(u => ids.Contains(u.PersonId)).Select(u => u.PersonId).ToListAsync(cancellationToken)).ToHashSet();
        var memberships = (await db.Memberships.AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && ids.Contains(m.PersonId)
                && (m.Status == MembershipStatus.Active || (!activeOnly && m.Status == MembershipStatus.Requested)))
            .ToListAsync(cancellationToken)).ToLookup(m => m.PersonId);
        return new MembersPage(
            [.. people.Select(p => new MemberListing(p, withLogin.Contains(p.Id), [.. memberships[p.Id].OrderBy(m => m.Role)]))],
            page, pageSize, counts.Total, counts.Waiting, counts.Active);
    }

    private sealed record MemberCounts(int Total, int Waiting, int Active);

    private async Task<MemberCounts> CountMembersAsync(CoproduceDbContext db, Guid organisationId, IReadOnlyList<string> terms,
        bool activeOnly, CancellationToken cancellationToken)
    {
        var memberships = db.Memberships.Where(m => m.OrganisationId == organisationId);
        var active = memberships.Where(m => m.Status == MembershipStatus.Active).Select(m => m.PersonId);
        var waiting = memberships.Where(m => m.Status == MembershipStatus.Requested).Select(m => m.PersonId);
        if (terms.Count == 0)
        {
            // Read from the (organisation, status, person) index alone, without touching People.
            var activeCount = await memberCounts.ActiveMembersAsync(organisationId, () => active.Distinct().CountAsync(cancellationToken));
            if (activeOnly)
            {
                return new MemberCounts(activeCount, 0, activeCount);
            }

            var waitingCount = await waiting.Distinct().CountAsync(cancellationToken);
            var both = await active.Where(id => waiting.Contains(id)).Distinct().CountAsync(cancellationToken);
            return new MemberCounts(activeCount + waitingCount - both, waitingCount, activeCount);
        }

        // A search reads every person's folded text once, so the three counts come from that one pass.
        var found = await Matching(db.People, terms)
            .Select(p => new
            {
                Active = memberships.Any(m => m.PersonId == p.Id && m.Status == MembershipStatus.Active),
                Waiting = !activeOnly && memberships.Any(m => m.PersonId == p.Id && m.Status == MembershipStatus.Requested),
            })
            .Where(p => p.Active || p.Waiting)
            .GroupBy(p => 1)
            .Select(g => new MemberCounts(g.Count(), g.Count(p => p.Waiting), g.Count(p => p.Active)))
            .SingleOrDefaultAsync(cancellationToken);
        return found ?? new MemberCounts(0, 0, 0);
    }

    /// <summary>
    /// The people of one run of the list: those waiting for a decision, or the members who aren't (all the members
    /// when the list leaves requests out).
    /// </summary>
    private static IQueryable<Person> MembersWhere(CoproduceDbContext db, Guid organisationId, string? search, bool waiting, bool activeOnly)
    {
        var memberships = db.Memberships.Where(m => m.OrganisationId == organisationId);
        var people = Matching(db.People.AsNoTracking(), PersonSearch.Terms(search));
        if (waiting)
        {
            return people.Where(p => memberships.Any(m => m.PersonId == p.Id && m.Status == MembershipStatus.Requested));
        }

        var members = people.Where(p => memberships.Any(m => m.PersonId == p.Id && m.Status == MembershipStatus.Active));
        return activeOnly ? members : members.Where(p => !memberships.Any(m => m.PersonId == p.Id && m.Status == MembershipStatus.Requested));
    }

    private static Task<List<Person>> PageOfAsync(IQueryable<Person> people, int skip, int take, CancellationToken cancellationToken) =>
        people.OrderBy(p => p.SortName).ThenBy(p => p.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);

    /// <summary>People whose folded text holds any of the search's terms; everyone when there are none.</summary>
    internal static IQueryable<Person> Matching(IQueryable<Person> people, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0)
        {
            return people;
        }

        // Contains on the folded text is instr() on SQLite and strpos() on PostgreSQL: the same answer on both, and
        // nothing in a search (%, _) is a wildcard.
        var (first, second, third) = (terms[0], terms.Count > 1 ? terms[1] : terms[0], terms.Count > 2 ? terms[2] : terms[0]);
        return people.Where(p => p.SearchText.Contains(first) || p.SearchText.Contains(second) || p.SearchText.Contains(third));
    }

    /// <summary>
    /// People in the organisation (members or asking to join) who are probably the person in <paramref name="profile"/>:
    /// the same name and the same phone number, ignoring case, accents, spaces and punctuation (or both without a phone).
    /// At most five.
    /// </summary>
    public async Task<IReadOnlyList<Person>> FindLikelyDuplicatesAsync(Guid organisationId, PersonProfile profile,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await LikelyDuplicatesAsync(db, organisationId, profile, cancellationToken);
    }

    private static async Task<IReadOnlyList<Person>> LikelyDuplicatesAsync(CoproduceDbContext db, Guid organisationId, PersonProfile profile,
        CancellationToken cancellationToken)
    {
        var sortName = PersonSearch.SortName(profile);
        var listed = db.Memberships.Where(m => m.OrganisationId == organisationId
            && (m.Status == MembershipStatus.Active || m.Status == MembershipStatus.Requested)).Select(m => m.PersonId);
        // The indexed name narrows it to a handful; the phones are compared here, as digits.
        var sameName = await db.People.AsNoTracking().Where(p => p.SortName == sortName && listed.Contains(p.Id))
            .OrderBy(p => p.Id).Take(50).ToListAsync(cancellationToken);
        var phone = PersonSearch.PhoneDigits(profile.Phone);
        return [.. sameName.Where(p => PersonSearch.PhoneDigits(p.Profile.Phone) == phone).Take(5)];
    }

    /// <summary>A person's approved roles in an organisation; empty when they have none there.</summary>
    public async Task<IReadOnlyList<MemberOfOrganisation>> ActiveRolesAsync(Guid organisationId, Guid personId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Filtered after the query: EF can't translate a condition on the record it projects into, and one person has few roles.
        var rows = await MembersQuery(db, organisationId, personId).ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.Membership.Status == MembershipStatus.Active).OrderBy(r => r.Membership.Role)];
    }

    /// <summary>The organisation's active coordinators and admins (at most <see cref="MaximumPageSize"/>), to tell about a request.</summary>
    public async Task<IReadOnlyList<Person>> CoordinatorsOfAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CoordinatorsOfAsync(db, organisationId, cancellationToken);
    }

    private static async Task<IReadOnlyList<Person>> CoordinatorsOfAsync(CoproduceDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        var coordinating = db.Memberships.Where(m => m.OrganisationId == organisationId && m.Status == MembershipStatus.Active
            && OrganisationRoles.Coordinating.Contains(m.Role)).Select(m => m.PersonId);
        return await db.People.AsNoTracking().Where(p => coordinating.Contains(p.Id))
            .OrderBy(p => p.SortName).ThenBy(p => p.Id).Take(MaximumPageSize).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Fills in the folded search copies for people recorded before they existed, a batch at a time; run on start after
    /// the migrations. A person always has a name, so an empty search text means "not filled in yet".
    /// </summary>
    internal static async Task FillMissingSearchTextAsync(IDbContextFactory<CoproduceDbContext> contexts, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var batch = await db.People.Where(p => p.SearchText == string.Empty).OrderBy(p => p.Id).Take(500).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            foreach (var person in batch)
            {
                person.RefreshSearch();
            }

            await db.SaveChangesAsync(cancellationToken);
            if (batch.Any(p => p.SearchText.Length == 0))
            {
                return;
            }
        }
    }

    /// <summary>One person as a member of (or asking to join) an organisation; none if they are neither.</summary>
    public async Task<MemberOfOrganisation?> FindMemberAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await MembersQuery(db, organisationId, personId).ToListAsync(cancellationToken);
        // An active role first, so someone who is a member and has asked for another role reads as a member.
        return rows.OrderBy(r => r.Membership.Status != MembershipStatus.Active).ThenBy(r => r.Membership.Role).FirstOrDefault();
    }

    /// <summary>Whether the person holds one of the roles, active, in the organisation.</summary>
    public async Task<bool> HasRoleAsync(Guid personId, Guid organisationId, IReadOnlyCollection<OrganisationRole> roles,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await HasRoleAsync(db, personId, organisationId, roles, cancellationToken);
    }

    /// <summary>A person's history: what was done to their record and for them, newest first, with who did it.</summary>
    public async Task<IReadOnlyList<HistoryLine>> HistoryOfAsync(Guid personId, int limit = 50, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var membershipIds = db.Memberships.Where(m => m.PersonId == personId).Select(m => m.Id);
        // The actor's name is looked up rather than joined: an actor that is not a person (the command line) has none,
        // and a join would leave its entries out of the history.
        var rows = await (from e in db.AuditEntries.AsNoTracking()
                          where e.SubjectId == personId || e.OnBehalfOfId == personId || membershipIds.Contains(e.SubjectId)
                          orderby e.At descending
                          select new
                          {
                              e,
                              ActorName = db.People.Where(p => p.Id == e.ActorId).Select(p => p.Profile.Name).FirstOrDefault(),
                              Organisation = db.Organisations.FirstOrDefault(o => o.Id == e.OrganisationId),
                          })
            .Take(Math.Clamp(limit, 1, 500)).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new HistoryLine(r.e, r.ActorName, r.Organisation))];
    }

    private static IQueryable<MemberOfOrganisation> MembersQuery(CoproduceDbContext db, Guid organisationId, Guid? personId) =>
        from m in db.Memberships.AsNoTracking()
        join p in db.People.AsNoTracking() on m.PersonId equals p.Id
        where m.OrganisationId == organisationId && (personId == null || p.Id == personId)
              && (m.Status == MembershipStatus.Active || m.Status == MembershipStatus.Requested)
        select new MemberOfOrganisation(m, p, db.Users.Any(u => u.PersonId == p.Id));

    internal static async Task<bool> HasRoleAsync(CoproduceDbContext db, Guid personId, Guid organisationId,
        IReadOnlyCollection<OrganisationRole> roles, CancellationToken cancellationToken) =>
        await db.Memberships.AnyAsync(m => m.PersonId == personId && m.OrganisationId == organisationId
            && m.Status == MembershipStatus.Active && roles.Contains(m.Role), cancellationToken);

    /// <summary>Whether the organisation has an active admin other than <paramref name="personId"/>: taking their admin role, or their membership, must leave one.</summary>
    internal static Task<bool> HasAnotherAdminAsync(CoproduceDbContext db, Guid organisationId, Guid personId, CancellationToken cancellationToken) =>
        db.Memberships.AnyAsync(m => m.OrganisationId == organisationId && m.PersonId != personId
            && m.Role == OrganisationRole.OrganisationAdmin && m.Status == MembershipStatus.Active, cancellationToken);

    /// <summary>Why nothing can be done in the organisation because there is no such organisation, or none.</summary>
    internal static async Task<FieldError?> RefuseUnlessKnownAsync(CoproduceDbContext db, Guid organisationId, CancellationToken cancellationToken) =>
        await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken) ? null : new FieldError(string.Empty, "People.UnknownOrganisation");

    /// <summary>
    /// Why <paramref name="actorId"/> may not act in the organisation, or none when they hold one of
    /// <paramref name="roles"/> there (or are a site admin).
    /// </summary>
    internal static async Task<FieldError?> RefuseUnlessRoleAsync(CoproduceDbContext db, Guid actorId, Guid organisationId,
        IReadOnlyCollection<OrganisationRole> roles, string refusalCode, CancellationToken cancellationToken)
    {
        if (await RefuseUnlessKnownAsync(db, organisationId, cancellationToken) is { } unknown)
        {
            return unknown;
        }

        var allowed = await HasRoleAsync(db, actorId, organisationId, roles, cancellationToken)
            || await IsSiteAdminAsync(db, actorId, cancellationToken);
        return allowed ? null : new FieldError(string.Empty, refusalCode);
    }

    /// <summary>
    /// Why nothing may be done in the organisation now, or none when it is open: a suspended organisation can be read
    /// but not changed. Every act "in" an organisation asks, inside its unit of work, after checking authority.
    /// </summary>
    /// <param name="work">The act's unit of work.</param>
    /// <param name="organisationId">The organisation the act happens in.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static Task<FieldError?> RefuseIfSuspendedAsync(UnitOfWork work, Guid organisationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RefuseIfSuspendedAsync(work.Db, organisationId, cancellationToken);
    }

    internal static async Task<FieldError?> RefuseIfSuspendedAsync(CoproduceDbContext db, Guid organisationId, CancellationToken cancellationToken) =>
        await db.Organisations.AnyAsync(o => o.Id == organisationId && o.Status == OrganisationStatus.Suspended, cancellationToken)
            ? new FieldError(string.Empty, "Organisation.Suspended")
            : null;

    internal static Task<bool> IsSiteAdminAsync(CoproduceDbContext db, Guid personId, CancellationToken cancellationToken) =>
        db.People.AnyAsync(p => p.Id == personId && p.IsSiteAdmin, cancellationToken);

    private static async Task<bool> CanLookAfterAsync(CoproduceDbContext db, Guid actorId, Guid personId, bool evenInSuspended,
        CancellationToken cancellationToken)
    {
        if (await IsSiteAdminAsync(db, actorId, cancellationToken))
        {
            return true;
        }

        // Only an approved membership: a request to join (or an ended role) gives a coordinator no say over anyone's record.
        var theirOrganisations = db.Memberships
            .Where(m => m.PersonId == personId && m.Status == MembershipStatus.Active)
            .Select(m => m.OrganisationId);
        var open = db.Organisations.Where(o => evenInSuspended || o.Status == OrganisationStatus.Active).Select(o => o.Id);
        return await db.Memberships.AnyAsync(m => m.PersonId == actorId && m.Status == MembershipStatus.Active
            && OrganisationRoles.Coordinating.Contains(m.Role) && theirOrganisations.Contains(m.OrganisationId)
            && open.Contains(m.OrganisationId), cancellationToken);
    }

    // Two clicks (or two coordinators) racing on one request: the unique index or the concurrency check turns the
    // loser into a plain refusal instead of an error page.
    private static async Task<Result<Membership>> SaveOnceAsync(CoproduceDbContext db, Membership membership, string raceCode,
        CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result<Membership>.Success(membership);
        }
        catch (DbUpdateException)
        {
            return Result<Membership>.Refused(new FieldError(string.Empty, raceCode));
        }
    }
}

/// <summary>A membership with its organisation.</summary>
public sealed record MembershipOfPerson(Membership Membership, Organisation Organisation);

/// <summary>One page of an organisation's people.</summary>
/// <param name="Members">The people on this page, those waiting for a decision first.</param>
/// <param name="Page">Which page, from 1.</param>
/// <param name="PageSize">People a page.</param>
/// <param name="Total">People on every page together (matching the search, if any).</param>
/// <param name="Waiting">How many of them are waiting for a decision on a join request.</param>
/// <param name="Active">How many of them hold an approved role.</param>
public sealed record MembersPage(IReadOnlyList<MemberListing> Members, int Page, int PageSize, int Total, int Waiting, int Active)
{
    /// <summary>How many pages there are (at least one, even when empty).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A person in an organisation's list, with their requested and approved roles there.</summary>
public sealed record MemberListing(Person Person, bool HasLogin, IReadOnlyList<Membership> Memberships)
{
    /// <summary>Their join request waiting for a decision, if any.</summary>
    public Membership? Request => Memberships.FirstOrDefault(m => m.Status == MembershipStatus.Requested);

    /// <summary>Their approved roles.</summary>
    public IEnumerable<Membership> ActiveRoles => Memberships.Where(m => m.Status == MembershipStatus.Active);
}

/// <summary>A membership with its person, and whether they can sign in.</summary>
public sealed record MemberOfOrganisation(Membership Membership, Person Person, bool HasLogin);

/// <summary>One line of a person's history: the entry, who did it, and where.</summary>
/// <param name="Entry">What was done.</param>
/// <param name="ActorName">The name of the person who did it; none when it was not a person (see <see cref="AuditEntry.ByCommandLine"/>).</param>
/// <param name="Organisation">Where, if in an organisation.</param>
public sealed record HistoryLine(AuditEntry Entry, string? ActorName, Organisation? Organisation);
