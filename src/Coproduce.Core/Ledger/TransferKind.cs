namespace Coproduce.Core.Ledger;

/// <summary>Why credits moved. Stored as its number, so never renumber a kind.</summary>
public enum TransferKind
{
    /// <summary>Hour for hour between members of a timebank.</summary>
    Exchange = 1,

    /// <summary>An organisation thanks a volunteer with credits.</summary>
    Award = 2,

    /// <summary>A member spends credits at a partner venue.</summary>
    Spend = 3,

    /// <summary>A member gives credits to someone else or to a community pot.</summary>
    Donation = 4,

    /// <summary>Credits given to an organisation or pot to distribute.</summary>
    Grant = 5,

    /// <summary>Credits placed on a printed credit note.</summary>
    NoteIssue = 6,

    /// <summary>A printed credit note handed in at a partner.</summary>
    NoteRedemption = 7,

    /// <summary>A passenger's fare on the evening transport service.</summary>
    Fare = 8,

    /// <summary>Corrects an earlier transfer by moving the same amount back.</summary>
    Reversal = 9,

    /// <summary>A printed credit note cancelled before it was handed in (lost): its credits leave circulation.</summary>
    NoteCancellation = 10,
}
