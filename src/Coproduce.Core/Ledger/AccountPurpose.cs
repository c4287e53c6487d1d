namespace Coproduce.Core.Ledger;

/// <summary>What an account is for, so a capability can find the one it needs. Stored as its number.</summary>
public enum AccountPurpose
{
    /// <summary>A member's or organisation's own credits.</summary>
    Own = 1,

    /// <summary>
    /// An organisation's community pot: members donate hours to it, coordinators grant from it, and a leaver's
    /// balance may be moved to it. It has no lower limit, so it can also take on a leaver's debt. One per organisation.
    /// </summary>
    CommunityPot = 2,
}
