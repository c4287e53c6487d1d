using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.Ledger.LedgerFixtures;

namespace Coproduce.Core.Tests.Ledger;

/// <summary>PostManyAsync keeps the single post's rules: limits at each transfer's turn, keys, all or none.</summary>
public class BulkPostingTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_list_is_posted_in_order_with_the_balances_and_numbers_one_post_at_a_time_would_give(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var pot = await ledger.OpenIssuerAsync("Pot");
        var megan = await ledger.OpenMemberAsync("Megan");
        var glyn = await ledger.OpenMemberAsync("Glyn");

        // Megan can pay Glyn only because the award before it reached her first.
        var result = await PostManyAsync(database,
            Transfer(pot.Id, megan.Id, 120, "k1", TransferKind.Award),
            Transfer(megan.Id, glyn.Id, 90, "k2"),
            Transfer(glyn.Id, megan.Id, 30, "k3"),
            Transfer(pot.Id, glyn.Id, 60, "k4", TransferKind.Award));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.All(result.Results, r => Assert.False(r.AlreadyPosted));
        Assert.Equal(-180, await ledger.BalanceAsync(pot.Id));
        Assert.Equal(60, await ledger.BalanceAsync(megan.Id));
        Assert.Equal(120, await ledger.BalanceAsync(glyn.Id));
        await using var db = await database.OpenContextAsync();
        var keysByNumber = await db.Transfers.OrderBy(t => t.Number).Select(t => t.IdempotencyKey).ToListAsync();
        Assert.Equal(["k1", "k2", "k3", "k4"], keysByNumber);
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_transfer_beyond_a_limit_at_its_turn_refuses_the_whole_list_even_when_a_later_one_would_cover_it(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var pot = await ledger.OpenIssuerAsync("Pot");
        var megan = await ledger.OpenMemberAsync("Megan");
        var capped = await ledger.OpenMemberAsync("Dilys", maximumMinutes: 60);

        var overdrawn = await PostManyAsync(database,
            Transfer(megan.Id, capped.Id, 60, "spend-first"),
            Transfer(pot.Id, megan.Id, 60, "award-after", TransferKind.Award));
        var overCap = await PostManyAsync(database,
            Transfer(pot.Id, capped.Id, 60, "cap-1", TransferKind.Award),
            Transfer(pot.Id, capped.Id, 15, "cap-2", TransferKind.Award));

        Assert.Equal(0, overdrawn.RefusedIndex);
        Assert.Equal("Ledger.BelowMinimum", Assert.Single(overdrawn.Errors).Code);
        Assert.Equal(1, overCap.RefusedIndex);
        Assert.Equal("Ledger.AboveMaximum", Assert.Single(overCap.Errors).Code);
        Assert.Empty(overCap.Results);
        await using var db = await database.OpenContextAsync();
        Assert.Equal(0, await db.Transfers.CountAsync());
        Assert.All(await db.LedgerAccounts.ToListAsync(), a => Assert.Equal(0, a.BalanceMinutes));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Keys_posted_before_or_earlier_in_the_list_are_repeats_and_a_key_reused_for_other_content_is_refused(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var pot = await ledger.OpenIssuerAsync("Pot");
        var megan = await ledger.OpenMemberAsync("Megan");
        var first = await ledger.PostAsync(Transfer(pot.Id, megan.Id, 60, "slip-1", TransferKind.Award));

        var repeats = await PostManyAsync(database,
            Transfer(pot.Id, megan.Id, 60, "slip-1", TransferKind.Award),
            Transfer(pot.Id, megan.Id, 30, "slip-2", TransferKind.Award),
            Transfer(pot.Id, megan.Id, 30, "slip-2", TransferKind.Award));
        var reusedBefore = await PostManyAsync(database, Transfer(pot.Id, megan.Id, 90, "slip-1", TransferKind.Award));
        var reusedInList = await PostManyAsync(database,
            Transfer(pot.Id, megan.Id, 30, "slip-3", TransferKind.Award),
            Transfer(pot.Id, megan.Id, 45, "slip-3", TransferKind.Award));

        Assert.True(repeats.Succeeded, string.Join("; ", repeats.Errors));
        Assert.Equal([true, false, true], repeats.Results.Select(r => r.AlreadyPosted));
        Assert.Equal(first.Transfer!.Id, repeats.Results[0].Transfer!.Id);
        Assert.Equal(repeats.Results[1].Transfer!.Id, repeats.Results[2].Transfer!.Id);
        Assert.Equal(90, await ledger.BalanceAsync(megan.Id));
        Assert.Equal((0, "Ledger.KeyReusedWithOtherContent"), (reusedBefore.RefusedIndex, Assert.Single(reusedBefore.Errors).Code));
        Assert.Equal((1, "Ledger.KeyReusedWithOtherContent"), (reusedInList.RefusedIndex, Assert.Single(reusedInList.Errors).Code));
        await using var db = await database.OpenContextAsync();
        Assert.Equal(2, await db.Transfers.CountAsync());
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Each_request_is_checked_as_a_single_post_is_and_the_first_bad_one_is_named(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var pot = await ledger.OpenIssuerAsync("Pot");
        var megan = await ledger.OpenMemberAsync("Megan");

        var noDescription = await PostManyAsync(database,
            Transfer(pot.Id, megan.Id, 60, "ok", TransferKind.Award),
            Transfer(pot.Id, megan.Id, 60, "blank", TransferKind.Award) with { Description = " " });
        var unknown = await PostManyAsync(database, Transfer(pot.Id, Guid.NewGuid(), 60, "nowhere", TransferKind.Award));
        var future = await PostManyAsync(database,
            Transfer(pot.Id, megan.Id, 60, "later", TransferKind.Award) with { OccurredAt = database.Clock.GetUtcNow().AddDays(1) });

        Assert.Equal((1, "Ledger.DescriptionRequired"), (noDescription.RefusedIndex, Assert.Single(noDescription.Errors).Code));
        Assert.Equal((0, "Ledger.UnknownAccount"), (unknown.RefusedIndex, Assert.Single(unknown.Errors).Code));
        Assert.Equal((0, "Ledger.OccurredInFuture"), (future.RefusedIndex, Assert.Single(future.Errors).Code));
        await using var db = await database.OpenContextAsync();
        Assert.Equal(0, await db.Transfers.CountAsync());
    }

    private static Task<PostManyResult> PostManyAsync(TestDatabase database, params TransferRequest[] requests) =>
        database.Services.GetRequiredService<UnitsOfWork>().RunAsync((work, token) => database.Ledger.PostManyAsync(work, requests, token));
}
