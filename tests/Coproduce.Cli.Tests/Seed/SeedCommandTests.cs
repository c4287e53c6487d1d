using Coproduce.Core.Demo;
using Coproduce.Core.Demo.Benchmark;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Cli.Tests.Seed;

public class SeedCommandTests
{
    private const int Members = 300;
    private const int Transfers = 3000;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_small_seed_on_an_empty_database_makes_the_demo_then_the_benchmark_community_and_the_ledger_stays_sound(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var arguments = CliRunner.DatabaseArguments(database.Options);

        var (exitCode, output, error) = await CliRunner.RunAsync(["seed", "--members", $"{Members}", "--transfers", $"{Transfers}", .. arguments]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("seeded the demo community first", error, StringComparison.Ordinal);
        Assert.Contains("Transfers: 3,000 of 3,000", error, StringComparison.Ordinal);
        Assert.Contains("300 people", output, StringComparison.Ordinal);

        await using var db = await database.OpenContextAsync();
        // The sign-ins; Edna, Glyn, Dilys, Owen and Huw; and the evening transport's four drivers and twenty passengers who never sign in.
        Assert.Equal(DemoCommunity.SignIns.Count + 5 + 4 + DemoEvening.Passengers.Count + Members, await db.People.CountAsync());
        Assert.False(await db.People.AnyAsync(p => !p.IsDemo));
        Assert.False(await db.Organisations.AnyAsync(o => !o.IsDemo));

        var timebank = await db.Organisations.SingleAsync(o => o.Name == BenchmarkCommunity.TimebankName);
        var network = await db.Organisations.SingleAsync(o => o.Name == BenchmarkCommunity.NetworkName);
        Assert.Equal("Banc Amser Cymoedd Taf", timebank.NameWelsh);
        Assert.True(await HasActiveRoleAsync(db, "sian@coproduce.test", timebank.Id, OrganisationRole.Coordinator));
        Assert.True(await HasActiveRoleAsync(db, "sian@coproduce.test", network.Id, OrganisationRole.Coordinator));
        Assert.True(await HasActiveRoleAsync(db, "gareth@coproduce.test", timebank.Id, OrganisationRole.OrganisationAdmin));
        Assert.True(await HasActiveRoleAsync(db, "megan@coproduce.test", timebank.Id, OrganisationRole.Member));

        var big = new[] { timebank.Id, network.Id };
        var memberships = await db.Memberships.Where(m => big.Contains(m.OrganisationId)).ToListAsync();
        Assert.True(memberships.Count(m => m.Status == MembershipStatus.Active) > Members);
        Assert.InRange(memberships.Count(m => m.Status == MembershipStatus.Requested), 1, Members / 10);
        // The demo's logins (its sign-ins, Owen and Huw) and one benchmark member in a hundred: most have none.
        var demoLogins = DemoCommunity.SignIns.Count + 2;
        Assert.InRange(await db.Users.CountAsync(), demoLogins + 1, demoLogins + (Members / 100));

        var seeded = db.Transfers.Where(t => t.IdempotencyKey.StartsWith("benchmark-seed-"));
        Assert.Equal(Transfers, await seeded.CountAsync());
        var kinds = await seeded.Select(t => t.Kind).Distinct().ToListAsync();
        Assert.Equal([TransferKind.Exchange, TransferKind.Award, TransferKind.Spend], kinds.Order());
        var occurred = await seeded.Select(t => t.OccurredAt).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        Assert.True(occurred.Min() < now.AddMonths(-23), $"The first transfer happened at {occurred.Min():O}, not two years ago.");
        Assert.True(occurred.Max() > now.AddMonths(-1), $"The last transfer happened at {occurred.Max():O}, not lately.");
        Assert.True(await seeded.AllAsync(t => t.RecordedAt >= t.OccurredAt));

        // Every exchange transfer has its timebank exchange, confirmed, between two of its members; the posts are up or ended.
        var exchangeTransfers = await seeded.Where(t => t.Kind == TransferKind.Exchange).Select(t => t.Id).ToListAsync();
        var exchanges = await db.TimebankExchanges.Where(e => e.OrganisationId == timebank.Id).ToListAsync();
        Assert.Equal(exchangeTransfers.Order(), exchanges.Select(e => e.TransferId!.Value).Order());
        Assert.All(exchanges, e => Assert.Equal(Coproduce.Core.Timebank.ExchangeStatus.Confirmed, e.Status));
        var posts = await db.TimebankPosts.Where(p => p.OrganisationId == timebank.Id).ToListAsync();
        Assert.InRange(posts.Count, Members / 20, Members / 2);
        var today = Coproduce.Core.Common.UkTime.Today(TimeProvider.System);
        Assert.Contains(posts, p => p.EndsOn >= today);
        Assert.Contains(posts, p => p.EndsOn < today);
        var founder = await db.People.SingleAsync(p => p.Profile.Email == BenchmarkCommunity.FounderEmail);
        Assert.True(await HasActiveRoleAsync(db, BenchmarkCommunity.FounderEmail, timebank.Id, OrganisationRole.Member));
        Assert.Contains(exchanges, e => e.GiverId == founder.Id || e.ReceiverId == founder.Id);

        var (checkExit, checkOutput, _) = await CliRunner.RunAsync(["ledger", "check", .. arguments]);
        Assert.True(checkExit == 0, checkOutput);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Seeding_twice_is_refused_and_changes_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string[] seed = ["seed", "--members", "20", "--transfers", "50", .. CliRunner.DatabaseArguments(database.Options)];
        Assert.Equal(0, (await CliRunner.RunAsync(seed)).ExitCode);
        var before = await CountsAsync(database);

        var (exitCode, _, error) = await CliRunner.RunAsync(seed);

        Assert.Equal(1, exitCode);
        Assert.Contains("has the benchmark community already", error, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_real_installation_is_refused_and_left_as_it_was(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Services.GetRequiredService<DemoCommunity>().SeedIfEmptyAsync();
        await using (var db = await database.OpenContextAsync())
        {
            var sian = await db.People.SingleAsync(p => p.Profile.Email == "sian@coproduce.test");
            var garw = await db.Organisations.SingleAsync(o => o.Name == "Garw Valley Timebank");
            var real = await database.Services.GetRequiredService<PeopleService>().CreateMemberWithoutLoginAsync(sian.Id, garw.Id,
                new PersonProfile("Nerys Bowen", Language.Welsh, null, "01656 870999", null, null, ConsentChoices.None));
            Assert.True(real.Succeeded, string.Join("; ", real.Errors));
        }

        var before = await CountsAsync(database);

        var (exitCode, _, error) = await CliRunner.RunAsync(["seed", "--members", "20", "--transfers", "50", .. CliRunner.DatabaseArguments(database.Options)]);

        Assert.Equal(1, exitCode);
        Assert.Contains("looks like a real installation", error, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(database));
    }

    [Theory]
    [InlineData(new[] { "--members", "-5", "--transfers", "10" }, "--members needs a whole number of people from 1")]
    [InlineData(new[] { "--members", "0", "--transfers", "10" }, "--members needs a whole number of people from 1")]
    [InlineData(new[] { "--members", "ten", "--transfers", "10" }, "got 'ten'")]
    [InlineData(new[] { "--members", "10", "--transfers", "1e6" }, "--transfers needs a whole number from 0")]
    [InlineData(new[] { "--members", "10", "--transfers", "-1" }, "--transfers needs a whole number from 0")]
    [InlineData(new[] { "--members", "10", "--transfers" }, "got nothing")]
    [InlineData(new[] { "--members", "10" }, "seed needs both --members N and --transfers N")]
    [InlineData(new[] { "--transfers", "10" }, "seed needs both --members N and --transfers N")]
    [InlineData(new[] { "--members", "10", "--transfers", "10", "--colour" }, "Unexpected argument '--colour'")]
    [InlineData(new[] { "--members", "10", "--transfers", "10", "--provider", "oracle" }, "Unknown provider 'oracle'")]
    public async Task Bad_arguments_exit_2_with_a_clear_message_and_make_no_database(string[] options, string message)
    {
        var folder = Directory.CreateTempSubdirectory("coproduce-seed-").FullName;
        try
        {
            var (exitCode, _, error) = await CliRunner.RunAsync(["seed", "--data-folder", folder, .. options]);

            Assert.Equal(2, exitCode);
            Assert.Contains(message, error, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<bool> HasActiveRoleAsync(Core.Data.CoproduceDbContext db, string email, Guid organisationId, OrganisationRole role)
    {
        var person = await db.People.SingleAsync(p => p.Profile.Email == email);
        return await db.Memberships.AnyAsync(m => m.PersonId == person.Id && m.OrganisationId == organisationId
            && m.Role == role && m.Status == MembershipStatus.Active);
    }

    private static async Task<(int People, int Organisations, int Memberships, int Accounts, int Transfers)> CountsAsync(TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        return (await db.People.CountAsync(), await db.Organisations.CountAsync(), await db.Memberships.CountAsync(),
            await db.LedgerAccounts.CountAsync(), await db.Transfers.CountAsync());
    }
}
