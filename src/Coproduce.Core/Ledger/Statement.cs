namespace Coproduce.Core.Ledger;

/// <summary>One page of an account's transfers over a period, with the balance after each.</summary>
/// <param name="Account">The account.</param>
/// <param name="From">The start of the period (inclusive), by when transfers were recorded.</param>
/// <param name="To">The end of the period (exclusive).</param>
/// <param name="OpeningBalance">The balance at <paramref name="From"/>.</param>
/// <param name="ClosingBalance">The balance at <paramref name="To"/>.</param>
/// <param name="Lines">This page's transfers, oldest first.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Lines per page.</param>
/// <param name="TotalLines">Transfers in the whole period.</param>
public sealed record Statement(
    LedgerAccount Account,
    DateTimeOffset From,
    DateTimeOffset To,
    Balance OpeningBalance,
    Balance ClosingBalance,
    IReadOnlyList<StatementLine> Lines,
    int Page,
    int PageSize,
    int TotalLines)
{
    /// <summary>How many pages the period fills (at least one, even when empty).</summary>
    public int PageCount => Math.Max(1, (TotalLines + PageSize - 1) / PageSize);
}

/// <summary>A transfer as one account sees it.</summary>
/// <param name="Transfer">The transfer.</param>
/// <param name="ChangeMinutes">Positive when credits came in, negative when they went out.</param>
/// <param name="CounterpartyAccountId">The account on the other side.</param>
/// <param name="CounterpartyName">That account's name, as the statement shows it.</param>
/// <param name="BalanceAfter">The account's balance once this transfer was applied.</param>
public sealed record StatementLine(Transfer Transfer, long ChangeMinutes, Guid CounterpartyAccountId, string CounterpartyName, Balance BalanceAfter);
