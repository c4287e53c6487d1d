using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Credits;

/// <summary>What the activity and register pages read.</summary>
public sealed partial class CreditActivityService
{
    /// <summary>The most members offered on a register; a bigger network needs its coordinators to search (not yet built).</summary>
    public const int MaximumMembersListed = 1000;

    /// <summary>The network's activities, by title, with who runs each.</summary>
    public async Task<IReadOnlyList<ActivityView>> ActivitiesAsync(Guid networkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var activities = await (from a in db.CreditActivities.AsNoTracking()
                                join o in db.Organisations.AsNoTracking() on a.RunById equals o.Id
                                where a.NetworkId == networkId
                                select new ActivityView(a, o.Name, o.NameWelsh,
                                    db.CreditAwards.Where(w => w.ActivityId == a.Id).Sum(w => (int?)w.Credits) ?? 0))
            .ToListAsync(cancellationToken);
        return [.. activities.OrderBy(a => a.Activity.Title, StringComparer.CurrentCulture)];
    }

    /// <summary>One activity, if it is in the network.</summary>
    public async Task<CreditActivity?> FindAsync(Guid networkId, Guid activityId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CreditActivities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId && a.NetworkId == networkId, cancellationToken);
    }

    /// <summary>The network's members, by name, for a register (at most <see cref="MaximumMembersListed"/>).</summary>
    public async Task<IReadOnlyList<NetworkMember>> MembersAsync(Guid networkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var members = await (from m in db.Memberships
                             join p in db.People on m.PersonId equals p.Id
                             where m.OrganisationId == networkId && m.Role == OrganisationRole.Member && m.Status == MembershipStatus.Active
                             orderby p.Profile.Name
                             select new NetworkMember(p.Id, p.Profile.Name))
            .Take(MaximumMembersListed).ToListAsync(cancellationToken);
        return [.. members.OrderBy(m => m.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>The activity's registers, newest session first: the day, how many came and the credits awarded.</summary>
    public async Task<IReadOnlyList<SessionTotal>> SessionsAsync(Guid activityId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sessions = await db.CreditAwards.AsNoTracking().Where(a => a.ActivityId == activityId)
            .GroupBy(a => a.SessionOn)
            .Select(g => new SessionTotal(g.Key, g.Count(), g.Sum(a => a.Credits)))
            .ToListAsync(cancellationToken);
        return [.. sessions.OrderByDescending(s => s.SessionOn).Take(50)];
    }
}

/// <summary>An activity as the pages list it.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="RunBy">Who runs it.</param>
/// <param name="RunByWelsh">Their Welsh name, if they have one.</param>
/// <param name="CreditsAwarded">Every credit it has awarded.</param>
public sealed record ActivityView(CreditActivity Activity, string RunBy, string? RunByWelsh, int CreditsAwarded)
{
    /// <summary>Who runs it, in the reader's language.</summary>
    public string RunByIn(Language language) => language == Language.Welsh && RunByWelsh is not null ? RunByWelsh : RunBy;
}

/// <summary>A member of a network, for a register or a list.</summary>
public sealed record NetworkMember(Guid Id, string Name);

/// <summary>One session's register in sum.</summary>
public sealed record SessionTotal(DateOnly SessionOn, int People, int Credits);
