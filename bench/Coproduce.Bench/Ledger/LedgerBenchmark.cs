using System.Globalization;
using Coproduce.Bench.Support;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coproduce.Bench.Ledger;

/// <summary>
/// `ledger [--seconds S]`: posts random transfers among 50 accounts through the ledger with 1 and 8 writers, on SQLite
/// and on PostgreSQL, and measures, in the same run, raw one-transaction-each inserts of the same rows as the baseline.
/// A last row posts the way a capability does: each act writes a row of its own, posts a transfer and queues a message,
/// in one unit of work.
/// </summary>
internal static class LedgerBenchmark
{
    private const int Accounts = 50;
    private static readonly int[] WriterCounts = [1, 8];

    public static async Task<int> RunAsync(string[] args)
    {
        if (!TryParse(args, out var duration, out var databases))
        {
            Console.Error.WriteLine("usage: ledger [--seconds S] [--database sqlite|postgresql]");
            return 2;
        }

        Console.WriteLine(Invariant($"Ledger posting: {Accounts} accounts, random transfers of 1-59 minutes, {duration.TotalSeconds:0.#} s per row, a fresh database per row."));
        Console.WriteLine(Invariant($"CPU µs each: this process's CPU time (all threads, user and kernel) per transfer, of the {Environment.ProcessorCount} cores' 1,000,000 µs a second each."));
        Console.WriteLine();
        Console.WriteLine("| database | how | writers | transfers/s | p50 ms | p99 ms | CPU µs each |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");

        var summaries = new List<string>();
        if (databases.Contains("sqlite"))
        {
            using var sqlite = new BenchDatabases(DatabaseProvider.Sqlite, null);
            summaries.Add(await MeasureAsync("SQLite", sqlite, duration));
        }

        if (databases.Contains("postgresql"))
        {
            using var postgres = ThrowawayPostgres.Start();
            using var databasesOnServer = new BenchDatabases(DatabaseProvider.Postgres, postgres.ConnectionString);
            summaries.Add(await MeasureAsync("PostgreSQL", databasesOnServer, duration));
        }

        Console.WriteLine();
        summaries.ForEach(Console.WriteLine);
        return 0;
    }

    /// <summary>`--seconds S` (5 by default) and `--database sqlite|postgresql` (both by default), in any order.</summary>
    private static bool TryParse(string[] args, out TimeSpan duration, out string[] databases)
    {
        duration = TimeSpan.FromSeconds(5);
        databases = ["sqlite", "postgresql"];
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            if (args[i] == "--seconds" && double.TryParse(value, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
            {
                duration = TimeSpan.FromSeconds(seconds);
            }
            else if (args[i] == "--database" && value is "sqlite" or "postgresql")
            {
                databases = [value];
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Each raw row runs straight after the ledger row with as many writers, so that the two are measured on the disk
    /// as it is then: this machine's fsync has taken anywhere from 190 to 650 µs from one minute to the next.
    /// </summary>
    private static async Task<string> MeasureAsync(string name, BenchDatabases databases, TimeSpan duration)
    {
        await WarmUpAsync(databases);
        var ledgerRates = new Dictionary<int, double>();
        var rawRates = new Dictionary<int, double>();
        var invariantsHeld = true;
        foreach (var writers in WriterCounts)
        {
            await using (var services = await StartAsync(databases.Create()))
            {
                var ledger = services.GetRequiredService<LedgerService>();
                var accounts = await OpenFundedAccountsAsync(ledger);
                var result = await LoadRun.RunAsync(writers, duration, (worker, index) => PostAsync(ledger, accounts, worker, index));
                Print(name, "ledger, a unit of work each", result);
                ledgerRates[writers] = result.PerSecond;
                invariantsHeld &= (await services.GetRequiredService<LedgerInvariants>().CheckAsync()).Count == 0;
            }

            var database = databases.Create();
            Guid[] accountIds;
            await using (var services = await StartAsync(database))
            {
                accountIds = [.. (await OpenFundedAccountsAsync(services.GetRequiredService<LedgerService>())).Select(a => a.Id)];
            }

            await using var raw = new RawInsertBaseline(database, accountIds);
            await raw.PrepareAsync(writers);
            var rawResult = await LoadRun.RunAsync(writers, duration, raw.InsertAsync);
            Print(name, "raw insert, one transaction each", rawResult);
            rawRates[writers] = rawResult.PerSecond;
        }

        double actRate;
        await using (var services = await StartAsync(databases.Create()))
        {
            var acts = await CapabilityActs.PrepareAsync(services, await OpenFundedAccountsAsync(services.GetRequiredService<LedgerService>()));
            var result = await LoadRun.RunAsync(CapabilityActs.Writers, duration, acts.RunAsync);
            Print(name, "capability act: own row + transfer + outbox message", result);
            actRate = result.PerSecond;
            invariantsHeld &= (await services.GetRequiredService<LedgerInvariants>().CheckAsync()).Count == 0;
            invariantsHeld &= await acts.EveryActLandedWholeAsync();
        }

        return Invariant($"{name}: 8 writers post {ledgerRates[8]:N0}/s alone ({ledgerRates[8] / rawRates[8]:0.0}x raw inserts with as many writers, {rawRates[8]:N0}/s); as capability acts {actRate:N0}/s (target on SQLite: 500/s); invariants and acts after the runs: {(invariantsHeld ? "hold" : "BROKEN")}.");
    }

    /// <summary>
    /// The first few thousand posts in a process run while the JIT is still compiling EF Core and the ledger (measured
    /// here: about 200/s for the first 2,000, then four times that). Run both kinds of load once, unmeasured, first.
    /// </summary>
    private static async Task WarmUpAsync(BenchDatabases databases)
    {
        var warmUp = TimeSpan.FromSeconds(3);
        var database = databases.Create();
        await using var services = await StartAsync(database);
        var ledger = services.GetRequiredService<LedgerService>();
        var accounts = await OpenFundedAccountsAsync(ledger);
        await LoadRun.RunAsync(1, warmUp, (worker, index) => PostAsync(ledger, accounts, worker, -1 - index));
        await LoadRun.RunAsync(8, warmUp, (worker, index) => PostAsync(ledger, accounts, worker, -1_000_000 - index));

        await using var raw = new RawInsertBaseline(database, [.. accounts.Select(a => a.Id)]);
        await raw.PrepareAsync(8);
        await LoadRun.RunAsync(8, TimeSpan.FromSeconds(1), (worker, index) => raw.InsertAsync(worker, -1 - index));
    }

    private static async Task<ServiceProvider> StartAsync(DatabaseOptions database)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddCoproduceCore(database, Directory.GetCurrentDirectory())
            .AddNotifications(new ConfigurationBuilder().Build())
            .BuildServiceProvider();
        await DatabaseInitializer.InitializeAsync(services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>());
        return services;
    }

    /// <summary>An issuer and 49 members with enough credit that random transfers are almost never refused.</summary>
    internal static async Task<LedgerAccount[]> OpenFundedAccountsAsync(LedgerService ledger)
    {
        var issuer = (await ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.System, "Issuer", null, null))).Value!;
        var members = new List<LedgerAccount>();
        for (var i = 1; i < Accounts; i++)
        {
            var member = (await ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.Member, $"Member {i}", Guid.NewGuid()))).Value!;
            await ledger.PostAsync(new TransferRequest
            {
                FromAccountId = issuer.Id,
                ToAccountId = member.Id,
                Amount = Hours.FromHours(5_000),
                Kind = TransferKind.Grant,
                Description = "Opening credit",
                IdempotencyKey = $"fund-{member.Id}",
            });
            members.Add(member);
        }

        return [issuer, .. members];
    }

    private static async Task PostAsync(LedgerService ledger, LedgerAccount[] accounts, int worker, long index)
    {
        var result = await ledger.PostAsync(RandomTransfer(accounts, worker, index));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("A benchmark transfer was refused: " + string.Join("; ", result.Errors));
        }
    }

    /// <summary>A transfer of 1-59 minutes between two of the members (never the issuer), the same for the same worker and index.</summary>
    internal static TransferRequest RandomTransfer(LedgerAccount[] accounts, int worker, long index)
    {
        var random = new Random(HashCode.Combine(worker, index));
        var from = 1 + random.Next(accounts.Length - 1);
        var to = 1 + ((from + random.Next(accounts.Length - 2)) % (accounts.Length - 1));
        return new TransferRequest
        {
            FromAccountId = accounts[from].Id,
            ToAccountId = accounts[to].Id,
            Amount = Hours.FromMinutes(random.Next(1, 60)),
            Kind = TransferKind.Exchange,
            Description = "Benchmark transfer",
            IdempotencyKey = $"bench-{worker}-{index}",
        };
    }

    private static void Print(string database, string how, LoadResult result) =>
        Console.WriteLine(Invariant($"| {database} | {how} | {result.Workers} | {result.PerSecond:N0} | {result.P50Milliseconds:0.00} | {result.P99Milliseconds:0.00} | {result.ProcessorMicrosecondsEach:N0} |"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
