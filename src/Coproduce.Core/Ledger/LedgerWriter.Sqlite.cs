using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Coproduce.Core.Ledger;

/// <summary>
/// SQLite's group commit, on two threads of their own that share one connection, taking turns with it through a gate.
/// The writer writes each post into a transaction it leaves open. The log flush loop commits that transaction, fsyncs
/// the write-ahead log and tells the posters; while the disk works, the writer goes on writing the next posts into a
/// new transaction, which the flush loop commits the moment its fsync is done. So one fsync serves every post written
/// during the one before it, and nobody is told "posted" before their transfer is durable.
/// </summary>
/// <remarks>
/// The flush loop commits, not the writer, so that no thread has to wake another between an fsync and the next
/// commit (on this 2-core machine a wake-up took 100-150 µs, a third of an fsync). And when the flush loop wants the
/// gate, the writer stands aside after the handful of posts it is writing: left to the gate alone, the writer took it
/// back after every handful, the flush loop got in only once all eight posters' posts were written, and the eight
/// then moved as one convoy, the disk idle while they were written and the writer idle while they were flushed
/// (measured with 8 posters: about 5,500 transfers/s, against 8,300 with the two taking turns). Both are threads of
/// their own because SQLite's calls and the fsync block: on the thread pool they held both of its threads (on 2 cores,
/// all it starts with), and every poster waiting to be told queued behind them.
/// </remarks>
internal sealed partial class LedgerWriter
{
    // Few enough that the flush loop never waits long at the gate, enough to spread a write's fixed costs.
    private const int WrittenAtOnce = 4;

    private readonly object gate = new();
    private readonly OpenTransaction open = new();
    private readonly List<CommittedBatch> committedNotFlushed = [];

    // The accounts as this writer last left them, so that a post need not read its two accounts again: kept across
    // transactions for as long as no other connection commits (SQLite's data_version tells), thrown away with any
    // transaction that fails. Only the writer, holding the gate, uses them. Were one ever stale, the balance update,
    // which must find the balance it was decided on, would fail and the posts be retried with fresh reads.
    private readonly Dictionary<Guid, LedgerAccount> accountsAsWritten = [];
    private long? accountsAsWrittenAt;
    private WriterConnection? sqliteConnection;

    // Guarded by the gate, except flushWantsGate, which the writer reads before it stands aside.
    private bool flushIdle;
    private bool writerDone;
    private volatile bool flushWantsGate;

    /// <summary>SQLite's one writer: writes posts into the open transaction as they come; never commits or fsyncs.</summary>
    private void RunSqliteWriter()
    {
        var posts = new List<PendingTransfer>(WrittenAtOnce);
        try
        {
            while (WaitToRead(queue.Reader))
            {
                TakeQueued(posts, WrittenAtOnce);
                lock (gate)
                {
                    while (flushWantsGate)
                    {
                        Monitor.Wait(gate);
                    }

                    if (open.Count + posts.Count > MaximumBatchSize)
                    {
                        CommitOpenTransaction();
                    }

                    WriteIntoOpenTransaction(posts);
                    if (flushIdle)
                    {
                        // Wake the flush loop, and let it in before the next handful.
                        flushWantsGate = true;
                        Monitor.Pulse(gate);
                    }
                }

                posts.Clear();
            }
        }
        finally
        {
            lock (gate)
            {
                writerDone = true;
                Monitor.PulseAll(gate);
            }
        }
    }

    /// <summary>
    /// SQLite's log flush: commits the open transaction, fsyncs the log, tells the posters, and again, until the writer
    /// is done. If the disk refuses, the posters are told the post failed; it may in fact be there, and posting again
    /// with the same key finds it.
    /// </summary>
    private void CommitAndFlushSqlite()
    {
        var ready = new List<CommittedBatch>();
        var done = false;
        while (!done)
        {
            flushWantsGate = true;
            lock (gate)
            {
                // In: a writer standing aside may go on as soon as this loop waits or lets go of the gate.
                flushWantsGate = false;
                Monitor.PulseAll(gate);
                while (open.Count == 0 && committedNotFlushed.Count == 0 && !writerDone)
                {
                    flushIdle = true;
                    Monitor.Wait(gate);
                    flushIdle = false;
                }

                flushWantsGate = false;
                CommitOpenTransaction();
                Monitor.PulseAll(gate);
                ready.AddRange(committedNotFlushed);
                committedNotFlushed.Clear();
                done = writerDone && open.Count == 0;
            }

            try
            {
                // A writer connection that was reset meanwhile hands over a new flusher; the old one flushed as it closed.
                foreach (var flusher in ready.Select(b => b.Flusher).Distinct())
                {
                    flusher.Flush();
                }

                ready.ForEach(b => Report(b.Posts, b.Results));
            }
            catch (Exception exception)
            {
                // Whatever went wrong, these posts must hear something, and never "posted".
                logger.LogError(exception, "The ledger's write-ahead log could not be made durable; {Count} batches are reported as failed.", ready.Count);
                ready.ForEach(b => Array.ForEach(b.Posts, p => p.Outcome.TrySetException(exception)));
            }

            ready.Clear();
        }

        sqliteConnection?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Checks and writes these posts in the open transaction, beginning one if need be. Holding the gate.</summary>
    private void WriteIntoOpenTransaction(List<PendingTransfer> posts)
    {
        var connection = sqliteConnection ??= new WriterConnection(contexts);
        try
        {
            connection.OpenAsync().GetAwaiter().GetResult();
            var sqlite = connection.Sqlite!;
            if (open.Transaction is null)
            {
                open.Transaction = sqlite.Begin();
                ForgetAccountsIfChangedElsewhere(sqlite);
            }

            open.Results.AddRange(CheckAndWrite(sqlite, posts, accountsAsWritten));
            open.Posts.AddRange(posts);
        }
        catch (Exception exception)
        {
            PostOpenTransactionAgain(posts, exception);
        }
    }

    /// <summary>
    /// Forgets the accounts as written if another connection (another process or app server) has committed since this
    /// one last looked. Called just after BEGIN IMMEDIATE: from then until commit, nobody else can write.
    /// </summary>
    private void ForgetAccountsIfChangedElsewhere(SqliteBatchSql sqlite)
    {
        var version = sqlite.DataVersion();
        if (version != accountsAsWrittenAt)
        {
            accountsAsWritten.Clear();
            accountsAsWrittenAt = version;
        }
    }

    /// <summary>
    /// Checks these posts against the accounts and keys as the current transaction sees them (with the posts written
    /// before them in it) and writes those that pass; returns what became of each. Accounts found in
    /// <paramref name="known"/> are not read again, and those read are added to it.
    /// </summary>
    private PostResult[] CheckAndWrite(SqliteBatchSql sqlite, List<PendingTransfer> posts, Dictionary<Guid, LedgerAccount>? known = null)
    {
        var (accountIds, keys, reversing) = WhatTheyRead(posts);
        var decision = DecideAll(posts, sqlite.Read(accountIds, keys, reversing, known));
        sqlite.Write(decision.Posted, decision.Changes);
        return decision.Results;
    }

    /// <summary>Commits the open transaction, if it holds any posts, for the next flush. Holding the gate.</summary>
    private void CommitOpenTransaction()
    {
        if (open.Count == 0)
        {
            return;
        }

        try
        {
            open.Transaction!.Commit();
            if (sqliteConnection!.WalFlusher is { } flusher)
            {
                committedNotFlushed.Add(new CommittedBatch([.. open.Posts], [.. open.Results], flusher));
            }
            else
            {
                // Not in WAL mode: the commit was durable by itself.
                Report(open.Posts, [.. open.Results]);
            }

            open.Clear();
        }
        catch (Exception exception)
        {
            PostOpenTransactionAgain([], exception);
        }
    }

    /// <summary>
    /// Something failed inside the open transaction, so none of it was committed. Throw it away, with the connection,
    /// and post its posts again the way a failed batch is: a batch, then one by one. Holding the gate.
    /// </summary>
    private void PostOpenTransactionAgain(List<PendingTransfer> alsoThese, Exception exception)
    {
        logger.LogWarning(exception, "A ledger transaction failed before it committed; posting its {Count} transfers again.", open.Count + alsoThese.Count);
        List<PendingTransfer> again = [.. open.Posts, .. alsoThese];
        open.Clear();
        accountsAsWritten.Clear();
        accountsAsWrittenAt = null;
        var connection = sqliteConnection!;
        connection.ResetAsync().GetAwaiter().GetResult();
        CommitWithRetriesAsync(connection, again).GetAwaiter().GetResult();
    }

    /// <summary>A batch committed outside the open transaction (when one is retried): the flush loop reports it.</summary>
    private void HandToFlush(CommittedBatch batch)
    {
        lock (gate)
        {
            committedNotFlushed.Add(batch);
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Blocks this (dedicated) thread until there is something to read; false once the channel is done.</summary>
    private static bool WaitToRead<T>(ChannelReader<T> reader)
    {
        var waiting = reader.WaitToReadAsync();
        return waiting.IsCompletedSuccessfully ? waiting.Result : waiting.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The posts written into the transaction left open, with what was decided for each.</summary>
    private sealed class OpenTransaction
    {
        public SqliteTransaction? Transaction { get; set; }

        public List<PendingTransfer> Posts { get; } = [];

        public List<PostResult> Results { get; } = [];

        public int Count => Posts.Count;

        /// <summary>Forgets the posts; a transaction not committed is rolled back.</summary>
        public void Clear()
        {
            Transaction?.Dispose();
            Transaction = null;
            Posts.Clear();
            Results.Clear();
        }
    }

    /// <summary>A batch committed and waiting for the log to be flushed before it is reported.</summary>
    private sealed record CommittedBatch(PendingTransfer[] Posts, PostResult[] Results, SqliteWalFlusher Flusher);
}
