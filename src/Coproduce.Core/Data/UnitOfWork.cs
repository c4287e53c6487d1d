namespace Coproduce.Core.Data;

/// <summary>
/// One act of a capability, in one database transaction: its own rows, the ledger transfers they cause and the
/// messages they send commit together or not at all. <see cref="UnitsOfWork.RunAsync{T}"/> makes one and decides
/// its fate; services that take part (<c>LedgerService</c>, <c>Outbox</c>, a capability's own service) take it as
/// their first argument and write through <see cref="Db"/>, never committing themselves.
/// </summary>
public sealed class UnitOfWork
{
    internal UnitOfWork(CoproduceDbContext db) => Db = db;

    /// <summary>
    /// The context the act writes with. Its transaction is already open: on SQLite it holds the write lock (BEGIN
    /// IMMEDIATE), so keep the act short; on PostgreSQL it is READ COMMITTED.
    /// </summary>
    public CoproduceDbContext Db { get; }
}
