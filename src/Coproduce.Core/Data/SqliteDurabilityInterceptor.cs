using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Coproduce.Core.Data;

/// <summary>
/// Sets SQLite's per-connection durability on every connection: synchronous=FULL so that a transfer a person
/// was told about survives a power cut, and a busy timeout so writers in other processes wait their turn.
/// (WAL mode is a property of the file, set once by <see cref="DatabaseInitializer"/>.)
/// </summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
