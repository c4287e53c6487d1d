namespace Coproduce.Core.Credits;

/// <summary>How credits reached a partner.</summary>
public enum RedemptionMethod
{
    /// <summary>The member's code, shown on a phone or a printed card, entered at the counter.</summary>
    MemberCode = 1,

    /// <summary>Recorded for the member by a coordinator or the venue's staff, who know who they are.</summary>
    RecordedForMember = 2,

    /// <summary>A printed credit note handed in.</summary>
    Note = 3,
}

/// <summary>Credits a partner accepted: a member's spend on an offer, or a printed note handed in. Its transfer moved them at once.</summary>
public sealed class CreditRedemption
{
    private CreditRedemption()
    {
    }

    internal CreditRedemption(Guid id, Guid networkId, Guid partnerId, Guid? offerId, Guid? personId, Guid? noteId, RedemptionMethod method,
        DateOnly usedOn, int adults, int children, int credits, Guid transferId, Guid? recordedById, DateTimeOffset recordedAt)
    {
        Id = id;
        NetworkId = networkId;
        PartnerId = partnerId;
        OfferId = offerId;
        PersonId = personId;
        NoteId = noteId;
        Method = method;
        UsedOn = usedOn;
        Adults = adults;
        Children = children;
        Credits = credits;
        TransferId = transferId;
        RecordedById = recordedById;
        RecordedAt = recordedAt;
    }

    /// <summary>The redemption's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The network whose credits moved.</summary>
    public Guid NetworkId { get; private set; }

    /// <summary>The partner organisation that accepted them.</summary>
    public Guid PartnerId { get; private set; }

    /// <summary>What they were spent on; none for a note handed in without one.</summary>
    public Guid? OfferId { get; private set; }

    /// <summary>The member who spent them; none for a note (a note is anyone's who holds it).</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>The note handed in, if it was one.</summary>
    public Guid? NoteId { get; private set; }

    /// <summary>How they were accepted.</summary>
    public RedemptionMethod Method { get; private set; }

    /// <summary>The day, in the UK: places a day are counted by it.</summary>
    public DateOnly UsedOn { get; private set; }

    /// <summary>Adults in the party.</summary>
    public int Adults { get; private set; }

    /// <summary>Under-16s in the party.</summary>
    public int Children { get; private set; }

    /// <summary>How many credits moved.</summary>
    public int Credits { get; private set; }

    /// <summary>The ledger transfer that moved them.</summary>
    public Guid TransferId { get; private set; }

    /// <summary>The person who recorded it; none at a shared counter signed in as the venue.</summary>
    public Guid? RecordedById { get; private set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; private set; }
}
