using Coproduce.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Coproduce.Core.Data;

/// <summary>
/// Runs acts as units of work: a fresh context, a transaction, the act, then commit if the act succeeded and roll back
/// if it was refused or threw. When another writer got there first (SQLite busy, a PostgreSQL serialization failure or
/// deadlock, a unique key another server inserted a moment before), the whole act runs again on a fresh context, so
/// it decides again on what is now there. An act must therefore do nothing outside the database it could not repeat:
/// it sends messages through the outbox, never directly.
/// </summary>
public sealed class UnitsOfWork(IDbContextFactory<CoproduceDbContext> contexts, DatabaseOptions database, ILogger<UnitsOfWork> logger)
{
    private const int MaximumAttempts = 8;

    // SQLite has one writer at a time. Acts of this process queue here, in turn, rather than in SQLite's busy handler,
    // which sleeps for up to 100 ms between tries: measured with 8 writers, a p99 of over a second. Other processes
    // on the same file still wait in the busy handler. PostgreSQL needs no such thing: its row locks queue writers.
    private readonly SemaphoreSlim? sqliteWriter = database.Provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;

    // A second unit begun inside an act would be a second transaction: on SQLite it would wait for the write lock the
    // first one holds, for ever. The flow remembers that it is inside an act, so the mistake fails at once instead.
    private static readonly AsyncLocal<bool> InsideAnAct = new();

    /// <summary>Runs <paramref name="act"/> in one transaction, retrying it whole when another writer got there first.</summary>
    /// <exception cref="InvalidOperationException">Called from inside another act: pass that act's unit of work instead.</exception>
    public async Task<T> RunAsync<T>(Func<UnitOfWork, CancellationToken, Task<T>> act, CancellationToken cancellationToken = default)
        where T : IOutcome
    {
        ArgumentNullException.ThrowIfNull(act);
        if (InsideAnAct.Value)
        {
            throw new InvalidOperationException("A unit of work was begun inside another; pass the outer UnitOfWork to the service instead.");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                InsideAnAct.Value = true;
                return await RunOnceAsync(act, cancellationToken);
            }
            catch (Exception exception) when (attempt < MaximumAttempts && TransientDatabaseErrors.IsTransient(exception))
            {
                logger.LogDebug(exception, "Another writer got there first; running the act again (attempt {Attempt}).", attempt + 1);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), cancellationToken);
            }
            finally
            {
                InsideAnAct.Value = false;
            }
        }
    }

    private async Task<T> RunOnceAsync<T>(Func<UnitOfWork, CancellationToken, Task<T>> act, CancellationToken cancellationToken)
        where T : IOutcome
    {
        if (sqliteWriter is not null)
        {
            await sqliteWriter.WaitAsync(cancellationToken);
        }

        try
        {
            return await RunInTransactionAsync(act, cancellationToken);
        }
        finally
        {
            sqliteWriter?.Release();
        }
    }

    private async Task<T> RunInTransactionAsync<T>(Func<UnitOfWork, CancellationToken, Task<T>> act, CancellationToken cancellationToken)
        where T : IOutcome
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // On SQLite, EF Core begins with BEGIN IMMEDIATE: the write lock is taken now, so what the act reads can't
        // change under it, and a writer in another process waits its turn (busy_timeout) instead of failing midway.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await act(new UnitOfWork(db), cancellationToken);
        if (!outcome.Succeeded)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return outcome;
        }

        await db.SaveChangesAsync(cancellationToken);
        // Once the commit is under way, a caller giving up must not leave it unknown whether it happened.
        await transaction.CommitAsync(CancellationToken.None);
        return outcome;
    }
}
