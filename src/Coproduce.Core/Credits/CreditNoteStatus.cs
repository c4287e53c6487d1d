namespace Coproduce.Core.Credits;

/// <summary>Where a printed credit note stands. Stored as its number.</summary>
public enum CreditNoteStatus
{
    /// <summary>Issued and not yet handed in.</summary>
    InCirculation = 1,

    /// <summary>Handed in at a partner; its credits moved.</summary>
    Redeemed = 2,

    /// <summary>Cancelled (reported lost): its credits left circulation, and it is refused if it turns up.</summary>
    Cancelled = 3,

    /// <summary>Its PIN was guessed wrong too often; a coordinator can cancel it.</summary>
    Locked = 4,
}
