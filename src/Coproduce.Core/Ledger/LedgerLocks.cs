using Coproduce.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coproduce.Core.Ledger;

/// <summary>How a posting transaction keeps other writers, in this process or another, out of its accounts.</summary>
internal static class LedgerLocks
{
    /// <summary>
    /// SQLite: BEGIN IMMEDIATE takes the database's write lock at once, so balances read in the transaction
    /// can't change under it (a deferred BEGIN would fail on upgrade instead). PostgreSQL: READ COMMITTED;
    /// the account rows are locked by <see cref="LedgerBatchSql.ReadAsync"/>.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginWriteTransactionAsync(CoproduceDbContext db)
    {
        if (!db.Database.IsSqlite())
        {
            return await db.Database.BeginTransactionAsync();
        }

        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = connection.BeginTransaction(deferred: false);
        return await db.Database.UseTransactionAsync(transaction)
            ?? throw new InvalidOperationException("EF Core did not take the SQLite transaction.");
    }

    /// <summary>
    /// A read-only transaction that sees one consistent moment, so sums and balances read in several queries agree
    /// while writers carry on: a deferred transaction on SQLite (WAL keeps its snapshot), REPEATABLE READ on PostgreSQL.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginSnapshotAsync(CoproduceDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = connection.BeginTransaction(deferred: true);
        return await db.Database.UseTransactionAsync(transaction, cancellationToken)
            ?? throw new InvalidOperationException("EF Core did not take the SQLite transaction.");
    }
}
