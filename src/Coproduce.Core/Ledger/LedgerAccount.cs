namespace Coproduce.Core.Ledger;

/// <summary>
/// An account of time credits. Its balance changes only when the ledger posts a transfer, in the same
/// database transaction, and never beyond its limits.
/// </summary>
public sealed class LedgerAccount
{
    private LedgerAccount()
    {
        Name = string.Empty;
    }

    internal LedgerAccount(Guid id, AccountOwnerKind ownerKind, Guid? ownerId, string name,
        long? minimumBalanceMinutes, long? maximumBalanceMinutes, DateTimeOffset openedAt)
    {
        Id = id;
        OwnerKind = ownerKind;
        OwnerId = ownerId;
        Name = name;
        MinimumBalanceMinutes = minimumBalanceMinutes;
        MaximumBalanceMinutes = maximumBalanceMinutes;
        OpenedAt = openedAt;
    }

    /// <summary>The account's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Whether a member, an organisation or the system owns it.</summary>
    public AccountOwnerKind OwnerKind { get; private set; }

    /// <summary>The member or organisation that owns it; none for system accounts.</summary>
    public Guid? OwnerId { get; private set; }

    /// <summary>A name people recognise on a statement, e.g. "Blaengarw community pot".</summary>
    public string Name { get; private set; }

    /// <summary>The balance in minutes; negative when the account has given more than it received.</summary>
    public long BalanceMinutes { get; private set; }

    /// <summary>
    /// How low the balance may go, in minutes: 0 for members by default (they can't spend what they
    /// haven't earned), below zero where an organisation allows it, and none for an account that issues credits.
    /// </summary>
    public long? MinimumBalanceMinutes { get; private set; }

    /// <summary>How high the balance may go, in minutes, if capped.</summary>
    public long? MaximumBalanceMinutes { get; private set; }

    /// <summary>When the account was opened.</summary>
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Whether the balance may change by <paramref name="deltaMinutes"/> without breaking a limit.</summary>
    public bool Allows(long deltaMinutes)
    {
        var after = BalanceMinutes + deltaMinutes;
        return (MinimumBalanceMinutes is not { } minimum || after >= minimum)
            && (MaximumBalanceMinutes is not { } maximum || after <= maximum);
    }
}
