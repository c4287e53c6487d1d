using System.Data.Common;

namespace Coproduce.Core.Ledger;

/// <summary>
/// The ledger's rows as the posting writers read and write them without EF Core, on either database. Values are
/// stored the way EF Core stores them, so EF reads these rows like any other: on SQLite a Guid as upper-case text and an
/// instant as UTC ticks; on PostgreSQL as uuid and timestamptz.
/// </summary>
internal static class LedgerRows
{
    /// <summary>The transfer columns a writer inserts, in order (the running number is the database's).</summary>
    public static readonly string[] TransferColumns =
    [
        "Id", "FromAccountId", "ToAccountId", "Minutes", "Kind", "Description", "RecordedById", "OnBehalfOfId",
        "OccurredAt", "RecordedAt", "IdempotencyKey", "ReversesTransferId",
    ];

    /// <summary><see cref="TransferColumns"/> quoted, for SQL.</summary>
    public static readonly string TransferColumnList = string.Join(", ", TransferColumns.Select(c => $"\"{c}\""));

    /// <summary>The account columns <see cref="ReadAccount"/> expects, quoted, for SQL.</summary>
    public const string AccountColumnList = "\"Id\", \"Name\", \"BalanceMinutes\", \"MinimumBalanceMinutes\", \"MaximumBalanceMinutes\"";

    /// <summary>A transfer's values in <see cref="TransferColumns"/> order.</summary>
    public static object?[] ValuesOf(Transfer t) =>
    [
        t.Id, t.FromAccountId, t.ToAccountId, t.Minutes, (int)t.Kind, t.Description, t.RecordedById, t.OnBehalfOfId,
        t.OccurredAt, t.RecordedAt, t.IdempotencyKey, t.ReversesTransferId,
    ];

    /// <summary>A value as EF Core stores it on SQLite: a Guid as upper-case text, an instant as UTC ticks, null as NULL.</summary>
    public static object ForSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid guid => guid.ToString("D").ToUpperInvariant(),
        DateTimeOffset instant => instant.UtcTicks,
        _ => value,
    };

    /// <summary>An account row in <see cref="AccountColumnList"/> order.</summary>
    public static LedgerAccount ReadAccount(DbDataReader reader, bool sqlite) =>
        LedgerAccount.ForPosting(ReadGuid(reader, 0, sqlite), reader.GetString(1), reader.GetInt64(2),
            reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetInt64(4));

    /// <summary>A transfer row: its number, then <see cref="TransferColumns"/> in order.</summary>
    public static Transfer ReadTransfer(DbDataReader reader, bool sqlite)
    {
        var content = new TransferCommand(
            FromAccountId: ReadGuid(reader, 2, sqlite),
            ToAccountId: ReadGuid(reader, 3, sqlite),
            Amount: Hours.FromMinutes(reader.GetInt32(4)),
            Kind: (TransferKind)reader.GetInt32(5),
            Description: reader.GetString(6),
            IdempotencyKey: reader.GetString(11),
            RecordedById: ReadOptionalGuid(reader, 7, sqlite),
            OnBehalfOfId: ReadOptionalGuid(reader, 8, sqlite),
            OccurredAt: ReadInstant(reader, 9, sqlite),
            OccurredAtGiven: true,
            ReversesTransferId: ReadOptionalGuid(reader, 12, sqlite));
        return Transfer.Restore(reader.GetInt64(0), ReadGuid(reader, 1, sqlite), content, ReadInstant(reader, 10, sqlite));
    }

    private static Guid ReadGuid(DbDataReader reader, int column, bool sqlite) =>
        sqlite ? Guid.Parse(reader.GetString(column)) : reader.GetGuid(column);

    private static Guid? ReadOptionalGuid(DbDataReader reader, int column, bool sqlite) =>
        reader.IsDBNull(column) ? null : ReadGuid(reader, column, sqlite);

    private static DateTimeOffset ReadInstant(DbDataReader reader, int column, bool sqlite) =>
        sqlite ? new DateTimeOffset(reader.GetInt64(column), TimeSpan.Zero) : reader.GetFieldValue<DateTimeOffset>(column);
}
