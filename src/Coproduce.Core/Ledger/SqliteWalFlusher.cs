using Microsoft.Data.Sqlite;
using Microsoft.Win32.SafeHandles;

namespace Coproduce.Core.Ledger;

/// <summary>
/// Makes a SQLite writer's commits durable outside SQLite's write lock. The writer's connection commits with
/// synchronous=NORMAL: SQLite writes the transaction's pages to the write-ahead log and releases the lock without
/// waiting for the disk. <see cref="Flush"/> then fsyncs the log file, which makes every transaction committed before
/// it as durable as synchronous=FULL would have, and the writer tells nobody "posted" until it has returned. Meanwhile
/// the next batch can already run, and one fsync serves every batch committed while the last one was in flight.
/// </summary>
/// <remarks>
/// Why this is safe: in WAL mode a committed transaction is a run of frames appended to the log, and SQLite's recovery
/// replays every complete, checksummed run it finds; with synchronous=NORMAL it still syncs the log before a checkpoint
/// copies it into the database, and the database after. So the only thing NORMAL gives up is the fsync at commit,
/// which <see cref="Flush"/> puts back before anyone is told. The log file keeps its identity while the writer's
/// connection is open (SQLite deletes it only when the last connection closes), so the handle here is opened after a
/// commit and closed, after a last flush, before that connection is.
/// </remarks>
internal sealed class SqliteWalFlusher : IDisposable
{
    private readonly string logPath;
    private readonly Lock gate = new();
    private SafeFileHandle? log;
    private bool disposed;
    private Exception? lastFlushFailed;

    private SqliteWalFlusher(string databasePath) => logPath = databasePath + "-wal";

    /// <summary>
    /// For a connection to a database in WAL mode, sets the connection to commit without waiting for the disk (and to
    /// checkpoint less often) and returns the flusher that must run before any of its commits is reported; otherwise
    /// null, and commits stay durable by themselves.
    /// </summary>
    public static SqliteWalFlusher? TakeOver(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        if (!string.Equals(command.ExecuteScalar() as string, "wal", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(connection.DataSource))
        {
            return null;
        }

        // Checkpoint every 10,000 pages (about 40 MB of log) rather than SQLite's 1,000. The writer's commit runs the
        // checkpoint, which copies the log into the database and fsyncs it: 4-5 ms each. A transfer dirties the same
        // few index pages as the transfers before it, so a longer log copies hardly more pages per checkpoint, and
        // measured, the writer spent a quarter of the time in checkpoints it had spent before.
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=10000;";
        command.ExecuteNonQuery();
        return new SqliteWalFlusher(connection.DataSource);
    }

    /// <summary>Blocks until every transaction this connection has committed is on disk.</summary>
    public void Flush()
    {
        lock (gate)
        {
            // Disposing flushed for the last time: what was committed before then is durable, unless that flush failed.
            if (disposed)
            {
                if (lastFlushFailed is not null)
                {
                    throw new IOException("The ledger's write-ahead log could not be made durable.", lastFlushFailed);
                }

                return;
            }

            log ??= File.OpenHandle(logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            RandomAccess.FlushToDisk(log);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            if (log is null)
            {
                return;
            }

            try
            {
                RandomAccess.FlushToDisk(log);
            }
            catch (IOException exception)
            {
                lastFlushFailed = exception;
            }
            finally
            {
                log.Dispose();
            }
        }
    }
}
