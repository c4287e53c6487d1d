using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Coproduce.Core.Data;

/// <summary>Errors that mean "another writer got there first; try again", as opposed to a bug or a broken database.</summary>
internal static class TransientDatabaseErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool IsTransient(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: { } inner } => IsTransient(inner),
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        PostgresException postgres => postgres.SqlState is
            PostgresErrorCodes.SerializationFailure or
            PostgresErrorCodes.DeadlockDetected or
            PostgresErrorCodes.UniqueViolation or
            PostgresErrorCodes.LockNotAvailable,
        NpgsqlException { IsTransient: true } => true,
        _ => false,
    };
}
