namespace Coproduce.Core.Credits;

/// <summary>
/// One printed credit note, for members with no phone: a serial number people can read aloud, a QR code carrying
/// the serial and its signed security code, and an optional PIN. It is handed in once; its credits wait meanwhile
/// in the network's notes-in-circulation account.
/// </summary>
public sealed class CreditNote
{
    /// <summary>Wrong PINs before a note locks.</summary>
    public const int MaximumPinAttempts = 5;

    private CreditNote()
    {
        Serial = string.Empty;
    }

    internal CreditNote(Guid id, Guid batchId, Guid networkId, string serial, int credits)
        : this()
    {
        Id = id;
        BatchId = batchId;
        NetworkId = networkId;
        Serial = serial;
        Credits = credits;
        Status = CreditNoteStatus.InCirculation;
    }

    /// <summary>The note's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Its batch.</summary>
    public Guid BatchId { get; private set; }

    /// <summary>The network that issued it.</summary>
    public Guid NetworkId { get; private set; }

    /// <summary>Twelve digits, stored without spaces (printed <c>4821 7730 1954</c>); the last is a check digit.</summary>
    public string Serial { get; private set; }

    /// <summary>The credits it carries.</summary>
    public int Credits { get; private set; }

    /// <summary>Where it stands; the concurrency token, so two counters handing it in at once can't both.</summary>
    public CreditNoteStatus Status { get; private set; }

    /// <summary>Wrong PINs so far.</summary>
    public int FailedPinAttempts { get; private set; }

    /// <summary>The partner it was handed in at.</summary>
    public Guid? RedeemedAtPartnerId { get; private set; }

    /// <summary>When it was handed in, or cancelled.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Why it was cancelled.</summary>
    public string? CancelReason { get; private set; }

    internal void Redeem(Guid partnerId, DateTimeOffset at)
    {
        Status = CreditNoteStatus.Redeemed;
        RedeemedAtPartnerId = partnerId;
        ClosedAt = at;
    }

    internal void Cancel(string reason, DateTimeOffset at)
    {
        Status = CreditNoteStatus.Cancelled;
        CancelReason = reason;
        ClosedAt = at;
    }
}
