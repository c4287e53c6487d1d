using Coproduce.Core.Ledger;

namespace Coproduce.Web.Pages.Ledger;

/// <summary>A person's time-credit balances, each linked to its statement, as the dashboard and a coordinator's member page show them.</summary>
/// <param name="Accounts">The person's accounts.</param>
/// <param name="OwnerName">Whose they are, for the links' hidden text.</param>
/// <param name="Own">Whether the reader is the owner ("Your balance") or looks after them ("Balance").</param>
/// <param name="Places">Where accounts are held, by organisation, in the reader's language: with several accounts, each is named by its place.</param>
public sealed record BalancesView(IReadOnlyList<LedgerAccount> Accounts, string OwnerName, bool Own, IReadOnlyDictionary<Guid, string>? Places = null)
{
    /// <summary>What a row is called when there are several: the organisation it is held at, or else the account's own name.</summary>
    public string NameOf(LedgerAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.HeldAtOrganisationId is { } place && Places?.GetValueOrDefault(place) is { } name ? name : account.Name;
    }
}
