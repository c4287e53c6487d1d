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
    public static async Task<IDbContextTransaction> BeginWriteTransactionAsync(CoproduceDbContext db) =>
        db.Database.IsSqlite()
            ? await BeginSqliteTransactionAsync(db, deferred: false, CancellationToken.None)
            : await db.Database.BeginTransactionAsync();

    /// <summary>
    /// A read-only transaction that sees one consistent moment, so sums and balances read in several queries agree
    /// while writers carry on: a deferred transaction on SQLite (WAL keeps its snapshot), REPEATABLE READ on PostgreSQL.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginSnapshotAsync(CoproduceDbContext db, CancellationToken cancellationToken) =>
        db.Database.IsSqlite()
            ? await BeginSqliteTransactionAsync(db, deferred: true, cancellationToken)
            : await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

    /// <summary>EF Core's own BEGIN can't say IMMEDIATE or DEFERRED, so the transaction is begun on the connection and handed to EF.</summary>
    private static async Task<IDbContextTransaction> BeginSqliteTransactionAsync(CoproduceDbContext db, bool deferred, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred);
        return await db.Database.UseTransactionAsync(transaction, cancellationToken)
            ?? throw new InvalidOperationException("EF Core did not take the SQLite transaction.");
    }
}
