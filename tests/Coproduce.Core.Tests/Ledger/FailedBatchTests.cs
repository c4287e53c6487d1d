using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using static Coproduce.Core.Tests.Ledger.LedgerFixtures;

namespace Coproduce.Core.Tests.Ledger;

/// <summary>
/// Posts that arrive together each have a transaction of their own. If the database fails one of them for a reason the
/// ledger's own checks did not foresee, that one post fails and the others are still posted.
/// </summary>
public class FailedBatchTests
{
    private const string Poisoned = "The database refuses this one";

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_post_the_database_fails_fails_alone_and_the_posts_beside_it_are_posted(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var issuer = await database.Ledger.OpenIssuerAsync("Credits issued");
        var members = new List<LedgerAccount>();
        for (var i = 0; i < 10; i++)
        {
            members.Add(await database.Ledger.OpenMemberAsync($"Member {i}"));
        }

        await RefuseInTheDatabaseAsync(database, provider);

        // Twenty posts at once; one of them the database will fail.
        var requests = Enumerable.Range(0, 20).Select(i => Transfer(issuer.Id, members[i % members.Count].Id, 30) with
        {
            Description = i == 7 ? Poisoned : "Award for the litter pick",
        }).ToList();
        var posts = requests.Select(r => Task.Run(() => database.Ledger.PostAsync(r, TestContext.Current.CancellationToken))).ToList();
        await Task.WhenAll(posts.Select(p => p.ContinueWith(_ => { }, TaskScheduler.Default)));

        Assert.True(posts[7].IsFaulted, "the post the database refused reports a failure");
        Assert.All(posts.Where((_, i) => i != 7), p => Assert.True(p.Result.Succeeded));
        await using var db = await database.OpenContextAsync();
        var stored = await db.Transfers.Select(t => t.Description).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(19, stored.Count);
        Assert.DoesNotContain(Poisoned, stored);
        Assert.Equal(-19 * 30, await database.Ledger.BalanceAsync(issuer.Id));
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    /// <summary>A trigger that fails the insert of a transfer with the poisoned description, as a full disk or a bug might.</summary>
    private static async Task RefuseInTheDatabaseAsync(TestDatabase database, TestProvider provider)
    {
        await using var db = await database.OpenContextAsync();
        if (provider == TestProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync(
                $"CREATE TRIGGER refuse_poisoned BEFORE INSERT ON \"Transfers\" WHEN NEW.\"Description\" = '{Poisoned}' " +
                "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;");
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE FUNCTION refuse_poisoned() RETURNS trigger LANGUAGE plpgsql AS " +
                "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;");
            await db.Database.ExecuteSqlRawAsync(
                $"CREATE TRIGGER refuse_poisoned BEFORE INSERT ON \"Transfers\" FOR EACH ROW WHEN (NEW.\"Description\" = '{Poisoned}') " +
                "EXECUTE FUNCTION refuse_poisoned();");
        }
    }
}
