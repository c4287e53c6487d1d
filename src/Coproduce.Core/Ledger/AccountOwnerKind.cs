namespace Coproduce.Core.Ledger;

/// <summary>Who an account belongs to.</summary>
public enum AccountOwnerKind
{
    /// <summary>A member's own time credits.</summary>
    Member = 1,

    /// <summary>An organisation's account: credits it holds to award, or has accepted from members.</summary>
    Organisation = 2,

    /// <summary>The installation's own accounts, such as a community pot or the credits an organisation has issued.</summary>
    System = 3,
}
