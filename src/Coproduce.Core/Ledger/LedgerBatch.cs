namespace Coproduce.Core.Ledger;

/// <summary>What a batch decides on, read at the start of its transaction.</summary>
internal sealed record BatchSnapshot(Dictionary<Guid, LedgerAccount> Accounts, Dictionary<string, Transfer> FirstByKey, HashSet<Guid> Reversed)
{
    public BatchSnapshot()
        : this([], [], [])
    {
    }
}

/// <summary>What a batch decided: each post's result, the transfers to insert and the balances to change.</summary>
internal sealed record BatchDecision(PostResult[] Results, List<Transfer> Posted, List<BalanceChange> Changes);

/// <summary>A balance the batch changes, set only where it still holds <paramref name="Before"/>.</summary>
internal readonly record struct BalanceChange(Guid AccountId, long Before, long After);
