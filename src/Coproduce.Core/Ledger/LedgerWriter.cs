using System.Threading.Channels;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Coproduce.Core.Ledger;

/// <summary>
/// Posts transfers with group commit. Posts queue up while the previous batch is being written; the next batch takes
/// them all in one database transaction, so one fsync serves many posts. Each post is still all-or-nothing: it is
/// checked against the balances as the batch has left them, and a refused post changes nothing. Nobody is told
/// "posted" until the transaction holding their transfer is durable.
/// </summary>
/// <remarks>
/// <para>
/// On SQLite the fsync is taken out of the write lock (see <see cref="SqliteWalFlusher"/>), and a writer thread and a
/// log flush thread take turns with one connection: while one transaction's log is fsynced, the next posts are written
/// into the next transaction (see LedgerWriter.Sqlite.cs). On PostgreSQL the server groups the fsyncs of concurrent
/// commits by itself, so each of a few loops commits and reports its own batch.
/// </para>
/// <para>
/// Other processes and app servers post too, each with its own writer. The database keeps them apart:
/// SQLite by taking its write lock at BEGIN IMMEDIATE; PostgreSQL by locking the batch's account rows
/// in id order (so two batches never deadlock) before reading their balances. Unique indexes on the
/// idempotency key and on the reversed transfer, balance updates that match only the balance the batch read,
/// and check constraints on the limits are the last line: if another server got there first, the batch is retried.
/// </para>
/// </remarks>
internal sealed partial class LedgerWriter : IAsyncDisposable
{
    private const int MaximumBatchSize = 256;
    private const int MaximumAttempts = 10;
    private const int PostgresLoops = 4;

    private readonly IDbContextFactory<CoproduceDbContext> contexts;
    private readonly TimeProvider clock;
    private readonly ILogger<LedgerWriter> logger;
    private readonly Channel<PendingTransfer> queue;

    private readonly Task[] loops;
    private readonly Task flushing;

    public LedgerWriter(IDbContextFactory<CoproduceDbContext> contexts, DatabaseOptions database, TimeProvider clock, ILogger<LedgerWriter> logger)
    {
        this.contexts = contexts;
        this.clock = clock;
        this.logger = logger;
        // SQLite's writer is a thread of its own, blocked until a post arrives. Posting wakes it directly: by default
        // the channel would hand the wake-up to the thread pool first, one more hop between threads for every handful
        // of posts (docs/benchmarks.md has the alternating runs). PostgreSQL's loops run on the thread pool, where the
        // default keeps a poster from running a loop's batch.
        var sqlite = database.Provider == DatabaseProvider.Sqlite;
        queue = Channel.CreateUnbounded<PendingTransfer>(new UnboundedChannelOptions
        {
            SingleReader = sqlite,
            AllowSynchronousContinuations = sqlite,
        });

        // SQLite has one writer at a time, so one loop. PostgreSQL commits several transactions at once and flushes
        // their WAL together, so a few loops keep it busy while one waits for its fsync; the row locks keep them apart.
        if (sqlite)
        {
            loops = [OnOwnThread("Ledger writer", RunSqliteWriter)];
            flushing = OnOwnThread("Ledger log flush", CommitAndFlushSqlite);
        }
        else
        {
            loops = [.. Enumerable.Range(0, PostgresLoops).Select(_ => Task.Run(RunAsync))];
            flushing = Task.CompletedTask;
        }
    }

    /// <summary>
    /// Queues a checked command and waits for its fate. If the caller gives up waiting, the post may still
    /// commit; posting again with the same key is safe and tells them.
    /// </summary>
    public Task<PostResult> PostAsync(TransferCommand command, CancellationToken cancellationToken)
    {
        var pending = new PendingTransfer(command);
        if (!queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(LedgerWriter), "The ledger is shutting down.");
        }

        return pending.Outcome.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await Task.WhenAll(loops);
        await flushing;
    }

    /// <summary>PostgreSQL's writer loops, on the thread pool: Npgsql waits for the server without holding a thread.</summary>
    private async Task RunAsync()
    {
        await using var connection = new WriterConnection(contexts);
        var batch = new List<PendingTransfer>(MaximumBatchSize);
        while (await queue.Reader.WaitToReadAsync())
        {
            TakeQueued(batch, MaximumBatchSize);

            // Others are posting too: let the posters just told of the last batch queue their next post, and take
            // those as well. One thread-pool hop, no timer.
            if (batch.Count > 1)
            {
                await Task.Yield();
                TakeQueued(batch, MaximumBatchSize);
            }

            // Several loops wake for one post on PostgreSQL; those that find the queue empty wait again.
            if (batch.Count > 0)
            {
                await CommitWithRetriesAsync(connection, batch);
                batch.Clear();
            }
        }
    }

    /// <summary>Adds up to <paramref name="count"/> queued posts, never more than a batch's worth in all.</summary>
    private void TakeQueued(List<PendingTransfer> batch, int count)
    {
        var upTo = Math.Min(batch.Count + count, MaximumBatchSize);
        while (batch.Count < upTo && queue.Reader.TryRead(out var pending))
        {
            batch.Add(pending);
        }
    }

    private async Task CommitWithRetriesAsync(WriterConnection connection, List<PendingTransfer> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var results = await CommitAsync(connection, batch);
                if (connection.WalFlusher is { } flusher)
                {
                    // Committed, not yet durable: the flush loop reports it once the log is on disk.
                    HandToFlush(new CommittedBatch([.. batch], results, flusher));
                }
                else
                {
                    Report(batch, results);
                }

                return;
            }
            catch (Exception exception) when (attempt < MaximumAttempts && TransientDatabaseErrors.IsTransient(exception))
            {
                await connection.ResetAsync();
                // Another server won a race (a lock, a key, a reversal). Read again and decide again.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)));
            }
            catch (Exception exception) when (batch.Count > 1)
            {
                // Something unexpected: don't let one post sink the others. Commit each on its own.
                logger.LogWarning(exception, "A batch of {Count} transfers failed; posting them one at a time.", batch.Count);
                await connection.ResetAsync();
                foreach (var pending in batch)
                {
                    await CommitWithRetriesAsync(connection, [pending]);
                }

                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "A transfer could not be posted.");
                await connection.ResetAsync();
                batch[0].Outcome.TrySetException(exception);
                return;
            }
        }
    }

    private static Task OnOwnThread(string name, Action loop)
    {
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                loop();
                ended.SetResult();
            }
            catch (Exception exception)
            {
                ended.SetException(exception);
            }
        })
        {
            IsBackground = true,
            Name = name,
        };
        thread.Start();
        return ended.Task;
    }

    private static void Report(IReadOnlyList<PendingTransfer> posts, PostResult[] results)
    {
        for (var i = 0; i < posts.Count; i++)
        {
            posts[i].Outcome.TrySetResult(results[i]);
        }
    }

    private async Task<PostResult[]> CommitAsync(WriterConnection connection, List<PendingTransfer> batch)
    {
        var db = await connection.OpenAsync();
        if (connection.Sqlite is { } sqlite)
        {
            using var sqliteTransaction = sqlite.Begin();
            var results = CheckAndWrite(sqlite, batch);
            sqliteTransaction.Commit();
            return results;
        }

        // PostgreSQL: READ COMMITTED; the batch's account rows are locked as they are read.
        var (accountIds, keys, reversing) = WhatTheyRead(batch);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var decision = DecideAll(batch, await PostgresBatchSql.ReadAsync(connection.Commands!, transaction, accountIds, keys, reversing));
        if (decision.Posted.Count > 0)
        {
            await PostgresBatchSql.WriteAsync(connection.Commands!, transaction, decision.Posted, decision.Changes);
        }

        await transaction.CommitAsync();
        return decision.Results;
    }

    /// <summary>What deciding these posts needs read: their accounts (in id order), their keys, the transfers they reverse.</summary>
    private static (Guid[] AccountIds, string[] Keys, Guid[] Reversing) WhatTheyRead(List<PendingTransfer> posts) => (
        posts.SelectMany(p => new[] { p.Command.FromAccountId, p.Command.ToAccountId }).Distinct().Order().ToArray(),
        posts.Select(p => p.Command.IdempotencyKey).Distinct().ToArray(),
        posts.Where(p => p.Command.ReversesTransferId is not null).Select(p => p.Command.ReversesTransferId!.Value).Distinct().ToArray());

    private BatchDecision DecideAll(List<PendingTransfer> batch, BatchSnapshot snapshot)
    {
        var (accounts, firstByKey, reversed) = snapshot;
        var balancesBefore = accounts.Values.ToDictionary(a => a.Id, a => a.BalanceMinutes);
        var recordedAt = LedgerClock.Truncate(clock.GetUtcNow());
        var posted = new List<Transfer>(batch.Count);
        var results = new PostResult[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            results[i] = Decide(batch[i].Command, accounts, firstByKey, reversed, recordedAt, posted);
        }

        var changes = accounts.Values
            .Where(a => a.BalanceMinutes != balancesBefore[a.Id])
            .Select(a => new BalanceChange(a.Id, balancesBefore[a.Id], a.BalanceMinutes))
            .ToList();
        return new BatchDecision(results, posted, changes);
    }

    /// <summary>The rules for one post, applied to the balances as the batch so far has left them.</summary>
    private static PostResult Decide(TransferCommand command, Dictionary<Guid, LedgerAccount> accounts,
        Dictionary<string, Transfer> firstByKey, HashSet<Guid> reversed, DateTimeOffset recordedAt, List<Transfer> posted)
    {
        if (firstByKey.TryGetValue(command.IdempotencyKey, out var first))
        {
            return first.Matches(command)
                ? PostResult.Repeated(first)
                : PostResult.Refused(new FieldError(nameof(TransferRequest.IdempotencyKey), "Ledger.KeyReusedWithOtherContent",
                    first.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var errors = new List<FieldError>(2);
        if (!accounts.TryGetValue(command.FromAccountId, out var from))
        {
            errors.Add(new FieldError(nameof(TransferRequest.FromAccountId), "Ledger.UnknownAccount"));
        }

        if (!accounts.TryGetValue(command.ToAccountId, out var to))
        {
            errors.Add(new FieldError(nameof(TransferRequest.ToAccountId), "Ledger.UnknownAccount"));
        }

        if (from is null || to is null)
        {
            return PostResult.Refused(errors);
        }

        if (command.ReversesTransferId is { } original && reversed.Contains(original))
        {
            return PostResult.Refused(new FieldError(nameof(ReversalRequest.TransferId), "Ledger.AlreadyReversed"));
        }

        var minutes = command.Amount.Minutes;
        if (!from.Allows(-minutes))
        {
            var available = from.BalanceMinutes - (from.MinimumBalanceMinutes ?? 0);
            return PostResult.Refused(new FieldError(nameof(TransferRequest.Amount), "Ledger.BelowMinimum",
                from.Name, new Balance(Math.Max(0, available))));
        }

        if (!to.Allows(minutes))
        {
            return PostResult.Refused(new FieldError(nameof(TransferRequest.Amount), "Ledger.AboveMaximum", to.Name));
        }

        from.Apply(-minutes);
        to.Apply(minutes);
        var transfer = new Transfer(Guid.CreateVersion7(recordedAt), command, recordedAt);
        posted.Add(transfer);
        firstByKey[command.IdempotencyKey] = transfer;
        if (command.ReversesTransferId is { } reversedId)
        {
            reversed.Add(reversedId);
        }

        return PostResult.Posted(transfer);
    }

    /// <summary>
    /// Each writer loop keeps one open connection and its prepared commands: opening one from the pool, with its
    /// pragmas, cost about as much CPU as the rest of a small batch, and so did parsing its statements afresh.
    /// After any failure all of it is thrown away and the next batch starts clean.
    /// </summary>
    private sealed class WriterConnection(IDbContextFactory<CoproduceDbContext> contexts) : IAsyncDisposable
    {
        private CoproduceDbContext? db;

        /// <summary>SQLite: the batch's prepared statements.</summary>
        public SqliteBatchSql? Sqlite { get; private set; }

        /// <summary>SQLite in WAL mode: what makes this connection's commits durable (null where each commit is).</summary>
        public SqliteWalFlusher? WalFlusher { get; private set; }

        /// <summary>PostgreSQL: the batch commands kept by shape.</summary>
        public BatchCommands? Commands { get; private set; }

        public async Task<CoproduceDbContext> OpenAsync()
        {
            if (db is null)
            {
                db = await contexts.CreateDbContextAsync();
                await db.Database.OpenConnectionAsync();
                if (db.Database.GetDbConnection() is SqliteConnection sqlite)
                {
                    Sqlite = new SqliteBatchSql(sqlite);
                    WalFlusher = SqliteWalFlusher.TakeOver(sqlite);
                }
                else
                {
                    Commands = new BatchCommands();
                }
            }

            return db;
        }

        public async Task ResetAsync()
        {
            // Flush before closing: the log must not be left to a connection that may be the last and delete it.
            WalFlusher?.Dispose();
            WalFlusher = null;
            Sqlite?.Dispose();
            Sqlite = null;
            if (Commands is not null)
            {
                await Commands.DisposeAsync();
                Commands = null;
            }

            if (db is not null)
            {
                await db.DisposeAsync();
                db = null;
            }
        }

        public ValueTask DisposeAsync() => new(ResetAsync());
    }

    private sealed class PendingTransfer(TransferCommand command)
    {
        public TransferCommand Command { get; } = command;

        public TaskCompletionSource<PostResult> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
