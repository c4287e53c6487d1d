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
        long? minimumBalanceMinutes, long? maximumBalanceMinutes, DateTimeOffset openedAt,
        Guid? heldAtOrganisationId = null, AccountPurpose purpose = AccountPurpose.Own)
    {
        Id = id;
        OwnerKind = ownerKind;
        OwnerId = ownerId;
        Name = name;
        MinimumBalanceMinutes = minimumBalanceMinutes;
        MaximumBalanceMinutes = maximumBalanceMinutes;
        OpenedAt = openedAt;
        HeldAtOrganisationId = heldAtOrganisationId;
        Purpose = purpose;
    }

    /// <summary>The account's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Whether a member, an organisation or the system owns it.</summary>
    public AccountOwnerKind OwnerKind { get; private set; }

    /// <summary>The member or organisation that owns it; none for system accounts.</summary>
    public Guid? OwnerId { get; private set; }

    /// <summary>
    /// The organisation whose credits it holds: a member of two timebanks has an account at each, and leaving one
    /// settles and closes only that one. None for accounts opened before this was kept.
    /// </summary>
    public Guid? HeldAtOrganisationId { get; private set; }

    /// <summary>What the account is for: the owner's own, or an organisation's community pot.</summary>
    public AccountPurpose Purpose { get; private set; }

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

    /// <summary>When it was closed; a closed account keeps its history but takes no more transfers.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Whether it still takes transfers.</summary>
    public bool IsOpen => ClosedAt is null;

    /// <summary>Whether the balance may change by <paramref name="deltaMinutes"/> without breaking a limit.</summary>
    public bool Allows(long deltaMinutes)
    {
        var after = BalanceMinutes + deltaMinutes;
        return (MinimumBalanceMinutes is not { } minimum || after >= minimum)
            && (MaximumBalanceMinutes is not { } maximum || after <= maximum);
    }
}
