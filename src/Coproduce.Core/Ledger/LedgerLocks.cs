using Coproduce.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coproduce.Core.Ledger;

/// <summary>
/// How readers see the ledger at one moment while writers carry on. (Writers post inside a unit of work: see
/// <see cref="UnitsOfWork"/> and <see cref="LedgerPosting"/>.)
/// </summary>
internal static class LedgerLocks
{
    /// <summary>
    /// A read-only transaction that sees one consistent moment, so sums and balances read in several queries agree
    /// while writers carry on: a deferred transaction on SQLite (WAL keeps its snapshot), REPEATABLE READ on PostgreSQL.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginSnapshotAsync(CoproduceDbContext db, CancellationToken cancellationToken) =>
        db.Database.IsSqlite()
            ? await BeginDeferredSqliteTransactionAsync(db, cancellationToken)
            : await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

    /// <summary>EF Core's own BEGIN can't say DEFERRED, so the transaction is begun on the connection and handed to EF.</summary>
    private static async Task<IDbContextTransaction> BeginDeferredSqliteTransactionAsync(CoproduceDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        return await db.Database.UseTransactionAsync(transaction, cancellationToken)
            ?? throw new InvalidOperationException("EF Core did not take the SQLite transaction.");
    }
}
