using Coproduce.Core.Ledger;

namespace Coproduce.Web.Pages.Ledger;

/// <summary>A person's time-credit balances, each linked to its statement, as the dashboard and a coordinator's member page show them.</summary>
/// <param name="Accounts">The person's accounts.</param>
/// <param name="OwnerName">Whose they are, for the links' hidden text.</param>
/// <param name="Own">Whether the reader is the owner ("Your balance") or looks after them ("Balance").</param>
public sealed record BalancesView(IReadOnlyList<LedgerAccount> Accounts, string OwnerName, bool Own);
