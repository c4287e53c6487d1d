using Coproduce.Core.Ledger;
using Microsoft.Data.Sqlite;

namespace Coproduce.Core.Tests.Ledger;

/// <summary>
/// The SQLite writer commits without waiting for the disk only where it can make the commit durable itself: in WAL
/// mode, by fsyncing the log before anyone is told. Anywhere else its commits stay synchronous=FULL.
/// </summary>
public sealed class WalFlusherTests : IDisposable
{
    private const long Normal = 1;
    private const long Full = 2;

    private readonly string folder = Directory.CreateTempSubdirectory("coproduce-wal-").FullName;

    [Fact]
    public void In_wal_mode_the_writer_commits_without_fsync_and_flushes_the_log_itself()
    {
        using var connection = Open("wal.db", "WAL");
        Execute(connection, "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);");

        using var flusher = SqliteWalFlusher.TakeOver(connection);

        Assert.NotNull(flusher);
        Assert.Equal(Normal, Execute(connection, "PRAGMA synchronous;"));
        Execute(connection, "INSERT INTO t VALUES (2);");
        flusher.Flush();
        Assert.True(new FileInfo(Path.Combine(folder, "wal.db-wal")).Length > 0, "the commit went to the log that was flushed");
    }

    [Fact]
    public void In_wal_mode_the_writer_checkpoints_a_longer_log_than_sqlites_default()
    {
        using var connection = Open("checkpoint.db", "WAL");
        Assert.Equal(1000L, Execute(connection, "PRAGMA wal_autocheckpoint;"));

        using var flusher = SqliteWalFlusher.TakeOver(connection);

        Assert.Equal(10_000L, Execute(connection, "PRAGMA wal_autocheckpoint;"));
    }

    [Fact]
    public void Without_wal_mode_the_writer_keeps_full_synchronous_commits()
    {
        using var connection = Open("rollback.db", "DELETE");

        Assert.Null(SqliteWalFlusher.TakeOver(connection));
        Assert.Equal(Full, Execute(connection, "PRAGMA synchronous;"));
    }

    [Fact]
    public void After_its_last_flush_on_closing_a_flusher_has_nothing_left_to_do()
    {
        using var connection = Open("closing.db", "WAL");
        Execute(connection, "CREATE TABLE t (x INTEGER);");
        var flusher = SqliteWalFlusher.TakeOver(connection)!;
        flusher.Flush();

        flusher.Dispose();

        // A batch committed before the close is already durable; reporting it must not fail.
        flusher.Flush();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private SqliteConnection Open(string file, string journalMode)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(folder, file)};Pooling=False");
        connection.Open();
        Execute(connection, $"PRAGMA journal_mode={journalMode}; PRAGMA synchronous=FULL;");
        return connection;
    }

    private static object? Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
