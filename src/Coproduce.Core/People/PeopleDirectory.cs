using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.People;

/// <summary>
/// Everyone on the installation, for site admins: a page at a time in name order, searched the way an organisation's
/// members are (the folded <c>People.SearchText</c>), each with their login, whether they are a site admin and where
/// they hold roles. A read; the pages that call it are for site admins only.
/// </summary>
public sealed class PeopleDirectory(IDbContextFactory<CoproduceDbContext> contexts)
{
    /// <summary>The most people one page shows.</summary>
    public const int MaximumPageSize = 100;

    /// <summary>One page of people in name order, counted and cut in the database.</summary>
    /// <param name="search">Part of a name, email address, phone number or postcode, in any case, with or without accents; none for everyone.</param>
    /// <param name="page">From 1; a page past the end is the last page, and one before the start is the first.</param>
    /// <param name="pageSize">People a page, up to <see cref="MaximumPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<PeoplePage> PageAsync(string? search, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaximumPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matching = PeopleService.Matching(db.People.AsNoTracking(), PersonSearch.Terms(search));
        var total = await matching.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        // Along the (SortName, Id) index, so a page costs a page of rows, not sorting everyone.
        var people = await matching.OrderBy(p => p.SortName).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);

        var ids = people.Select(p => p.Id).ToList();
        var withLogin = (await db.Users.Where(u => ids.Contains(u.PersonId)).Select(u => u.PersonId).ToListAsync(cancellationToken)).ToHashSet();
        var roles = (await (from m in db.Memberships.AsNoTracking()
                            join o in db.Organisations.AsNoTracking() on m.OrganisationId equals o.Id
                            where ids.Contains(m.PersonId) && m.Status == MembershipStatus.Active
                            select new MembershipOfPerson(m, o)).ToListAsync(cancellationToken))
            .ToLookup(r => r.Membership.PersonId);
        return new PeoplePage(
            [.. people.Select(p => new PersonListing(p, withLogin.Contains(p.Id),
                [.. roles[p.Id].OrderBy(r => r.Organisation.Name, StringComparer.Ordinal).ThenBy(r => r.Membership.Role)]))],
            page, pageSize, total);
    }
}

/// <summary>One page of everyone on the installation.</summary>
/// <param name="People">The people on this page, in name order.</param>
/// <param name="Page">Which page, from 1.</param>
/// <param name="PageSize">People a page.</param>
/// <param name="Total">People on every page together (matching the search, if any).</param>
public sealed record PeoplePage(IReadOnlyList<PersonListing> People, int Page, int PageSize, int Total)
{
    /// <summary>How many pages there are (at least one, even when empty).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A person in the site admin's list.</summary>
/// <param name="Person">Their record (<see cref="Person.IsSiteAdmin"/> says whether they run the installation).</param>
/// <param name="HasLogin">Whether they can sign in, or are looked after by coordinators.</param>
/// <param name="ActiveRoles">Their approved roles, with the organisations, by organisation and then role.</param>
public sealed record PersonListing(Person Person, bool HasLogin, IReadOnlyList<MembershipOfPerson> ActiveRoles);
