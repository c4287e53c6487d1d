using System.Collections.Concurrent;

namespace Coproduce.Core.People;

/// <summary>
/// How many members each big organisation has, counted at most a few seconds ago. Counting reads every one of an
/// organisation's memberships, about 30 ms at 67,000 on SQLite, which is too slow for every page of its list. A small
/// organisation is counted afresh each time, so a coordinator who has just added someone sees them counted; in a big one
/// a count a few seconds old is not a difference anyone can see.
/// </summary>
internal sealed class MemberCountCache(TimeProvider clock)
{
    /// <summary>Below this many members, counting is cheap enough to do every time.</summary>
    internal const int BigOrganisation = 2_000;

    private static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(10);

    // One entry per organisation, and there are tens of them, so nothing needs evicting.
    private readonly ConcurrentDictionary<Guid, (int Count, DateTimeOffset CountedAt)> counted = new();

    public async Task<int> ActiveMembersAsync(Guid organisationId, Func<Task<int>> count)
    {
        var now = clock.GetUtcNow();
        if (counted.TryGetValue(organisationId, out var kept) && now - kept.CountedAt < KeptFor)
        {
            return kept.Count;
        }

        var fresh = await count();
        if (fresh >= BigOrganisation)
        {
            counted[organisationId] = (fresh, now);
        }
        else
        {
            counted.TryRemove(organisationId, out _);
        }

        return fresh;
    }
}
