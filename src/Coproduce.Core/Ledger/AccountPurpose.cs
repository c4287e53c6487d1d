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

    /// <summary>
    /// A time-credit network's issuing account: credits enter circulation from it (awards, a note batch), so it has
    /// no lower limit and its balance is minus what the network has issued. One per network.
    /// </summary>
    Issuing = 3,

    /// <summary>
    /// A time-credit network's printed notes in circulation: the credits on notes not yet handed in. Never below
    /// zero, so a note can't be redeemed that was never issued. One per network.
    /// </summary>
    NotesInCirculation = 4,
}
