using Coproduce.Core.People;
using Microsoft.Extensions.Time.Testing;

namespace Coproduce.Core.Tests.People;

public class MemberCountCacheTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_big_organisation_is_counted_again_only_after_a_few_seconds()
    {
        var cache = new MemberCountCache(clock);
        var big = Guid.CreateVersion7();
        var members = MemberCountCache.BigOrganisation;
        var counted = 0;
        Task<int> Count()
        {
            counted++;
            return Task.FromResult(members);
        }

        Assert.Equal(members, await cache.ActiveMembersAsync(big, Count));
        members++;
        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(members - 1, await cache.ActiveMembersAsync(big, Count));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(members, await cache.ActiveMembersAsync(big, Count));
        Assert.Equal(2, counted);
    }

    [Fact]
    public async Task A_small_organisation_is_counted_every_time_so_someone_just_added_is_counted()
    {
        var cache = new MemberCountCache(clock);
        var small = Guid.CreateVersion7();
        var members = 11;

        Assert.Equal(11, await cache.ActiveMembersAsync(small, () => Task.FromResult(members)));
        members++;
        Assert.Equal(12, await cache.ActiveMembersAsync(small, () => Task.FromResult(members)));
    }
}
