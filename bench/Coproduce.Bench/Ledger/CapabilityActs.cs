using System.Globalization;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Bench.Ledger;

/// <summary>
/// Acts as a capability makes them: an exchange confirmed is a row of the capability's own, a transfer and an email,
/// committed together. The capability's table is the benchmark's own, so the row costs what a small row costs.
/// </summary>
internal sealed class CapabilityActs
{
    public const int Writers = 8;
    private const string Table = "bench_exchanges";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private readonly UnitsOfWork units;
    private readonly LedgerService ledger;
    private readonly Outbox outbox;
    private readonly IDbContextFactory<CoproduceDbContext> contexts;
    private readonly LedgerAccount[] accounts;

    private CapabilityActs(IServiceProvider services, LedgerAccount[] accounts)
    {
        units = services.GetRequiredService<UnitsOfWork>();
        ledger = services.GetRequiredService<LedgerService>();
        outbox = services.GetRequiredService<Outbox>();
        contexts = services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>();
        this.accounts = accounts;
    }

    public static async Task<CapabilityActs> PrepareAsync(IServiceProvider services, LedgerAccount[] accounts)
    {
        var acts = new CapabilityActs(services, accounts);
        await using var db = await acts.contexts.CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync($"CREATE TABLE {Table} (id text PRIMARY KEY, minutes integer NOT NULL CHECK (minutes > 0))");
        return acts;
    }

    public async Task RunAsync(int worker, long index)
    {
        var request = LedgerBenchmark.RandomTransfer(accounts, worker, index) with { IdempotencyKey = $"act-{worker}-{index}" };
        var result = await units.RunAsync(async (work, token) =>
        {
            var id = request.IdempotencyKey;
            var minutes = request.Amount.Minutes;
            await work.Db.Database.ExecuteSqlAsync($"INSERT INTO bench_exchanges (id, minutes) VALUES ({id}, {minutes})", token);
            var posted = await ledger.PostAsync(work, request, token);
            outbox.EnqueueEmail(work, "member@example.org", null, English, NotificationTemplate.ConfirmEmail, ["Member", "https://coproduce.example"]);
            return posted;
        });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("A benchmark act was refused: " + string.Join("; ", result.Errors));
        }
    }

    /// <summary>Whether every act left its row, its transfer and its message: as many of each.</summary>
    public async Task<bool> EveryActLandedWholeAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var rows = await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM bench_exchanges").SingleAsync();
        var transfers = await db.Transfers.CountAsync(t => t.IdempotencyKey.StartsWith("act-"));
        var messages = await db.OutboxMessages.CountAsync();
        return rows > 0 && rows == transfers && rows == messages;
    }
}
