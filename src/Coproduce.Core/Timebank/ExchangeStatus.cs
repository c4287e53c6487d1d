namespace Coproduce.Core.Timebank;

/// <summary>Where an exchange stands. Stored as its number, so never renumber one.</summary>
public enum ExchangeStatus
{
    /// <summary>Recorded, waiting for the other side (or a coordinator) to confirm it. No credits have moved.</summary>
    Pending = 1,

    /// <summary>Confirmed: the hours moved from the one who received help to the one who gave it, in the same act.</summary>
    Confirmed = 2,

    /// <summary>Declined, with the reason given. No credits moved.</summary>
    Declined = 3,
}
