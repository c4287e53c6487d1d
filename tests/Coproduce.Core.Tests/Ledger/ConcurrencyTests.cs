using System.Collections.Concurrent;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.Ledger.LedgerFixtures;

namespace Coproduce.Core.Tests.Ledger;

/// <summary>
/// Many writers on two app servers (each with its own connection pool and ledger writer, as two processes behind a load
/// balancer) post random transfers among 50 accounts at once, some repeating a key and some bound to be refused.
/// Afterwards nothing is lost, nothing is doubled, and no limit is broken.
/// </summary>
public class ConcurrencyTests
{
    private const int Writers = 8;
    private const int PostsPerWriter = 2_000;
    private const int Accounts = 50;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Concurrent_posts_never_lose_an_update_double_a_post_or_break_a_limit(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledgers = new[] { database.Ledger, database.StartAppServer().GetRequiredService<LedgerService>() };
        var accounts = await OpenAccountsAsync(database.Ledger);

        var outcomes = new ConcurrentBag<(TransferRequest Request, PostResult Result, Expectation Expected)>();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var random = new Random(writer);
            var ledger = ledgers[writer % ledgers.Length];
            var mine = new List<TransferRequest>();
            for (var i = 0; i < PostsPerWriter; i++)
            {
                var (request, expected) = NextRequest(random, accounts, writer, i, mine);
                var result = await ledger.PostAsync(request, TestContext.Current.CancellationToken);
                outcomes.Add((request, result, expected));
                if (expected == Expectation.New && result.Succeeded)
                {
                    mine.Add(request);
                }
            }
        })));

        Assert.Equal(Writers * PostsPerWriter, outcomes.Count);
        Assert.Empty(await database.Invariants.CheckAsync());

        // Every refusal has a reason; the deliberate ones have the right reason.
        Assert.All(outcomes.Where(o => !o.Result.Succeeded), o => Assert.NotEmpty(o.Result.Errors));
        Assert.All(outcomes.Where(o => o.Expected == Expectation.RefusedKeyReuse),
            o => Assert.Equal("Ledger.KeyReusedWithOtherContent", Assert.Single(o.Result.Errors).Code));
        Assert.All(outcomes.Where(o => o.Expected == Expectation.Repeat), o => Assert.True(o.Result.AlreadyPosted));
        Assert.Contains(outcomes, o => o.Expected == Expectation.New && !o.Result.Succeeded); // some spends found no credit

        // Every accepted post is in the ledger exactly once, and a repeat returned that same transfer.
        var accepted = outcomes.Where(o => o.Result.Succeeded && !o.Result.AlreadyPosted).ToList();
        await using var db = await database.OpenContextAsync();
        var stored = await db.Transfers.AsNoTracking().ToDictionaryAsync(t => t.IdempotencyKey, t => t.Id, TestContext.Current.CancellationToken);
        Assert.Equal(accepted.Count, stored.Count);
        Assert.All(accepted, o => Assert.Equal(stored[o.Request.IdempotencyKey], o.Result.Transfer!.Id));
        Assert.All(outcomes.Where(o => o.Result.AlreadyPosted), o => Assert.Equal(stored[o.Request.IdempotencyKey], o.Result.Transfer!.Id));

        var balances = await db.LedgerAccounts.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(balances, a => Assert.True(a.Allows(0), $"{a.Name} is outside its limits at {a.BalanceMinutes}"));
    }

    private enum Expectation
    {
        New,
        Repeat,
        RefusedKeyReuse,
    }

    private static async Task<LedgerAccount[]> OpenAccountsAsync(LedgerService ledger)
    {
        var accounts = new List<LedgerAccount> { await ledger.OpenIssuerAsync("Credits issued") };
        for (var i = 0; i < 4; i++)
        {
            accounts.Add(await ledger.OpenOrganisationAsync($"Organisation {i}", minimumMinutes: -600));
        }

        while (accounts.Count < Accounts)
        {
            accounts.Add(await ledger.OpenMemberAsync($"Member {accounts.Count}", maximumMinutes: 3_000));
        }

        return [.. accounts];
    }

    private static (TransferRequest, Expectation) NextRequest(Random random, LedgerAccount[] accounts, int writer, int index, List<TransferRequest> mine)
    {
        var roll = random.Next(100);
        if (roll < 8 && mine.Count > 0)
        {
            return (mine[random.Next(mine.Count)], Expectation.Repeat);
        }

        if (roll < 10 && mine.Count > 0)
        {
            var earlier = mine[random.Next(mine.Count)];
            return (earlier with { Description = earlier.Description + " (changed)" }, Expectation.RefusedKeyReuse);
        }

        var from = accounts[random.Next(accounts.Length)];
        var to = accounts[random.Next(accounts.Length)];
        while (to.Id == from.Id)
        {
            to = accounts[random.Next(accounts.Length)];
        }

        var request = Transfer(from.Id, to.Id, random.Next(1, 240), $"w{writer}-{index}") with
        {
            Description = $"Writer {writer} post {index}",
        };
        return (request, Expectation.New);
    }
}
