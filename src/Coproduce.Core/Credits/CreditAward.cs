namespace Coproduce.Core.Credits;

/// <summary>Credits one person earned for one session of an activity: once per person per session, whoever records it.</summary>
public sealed class CreditAward
{
    private CreditAward()
    {
    }

    internal CreditAward(Guid id, Guid activityId, Guid personId, DateOnly sessionOn, int credits, Guid transferId, Guid recordedById,
        DateTimeOffset recordedAt)
    {
        Id = id;
        ActivityId = activityId;
        PersonId = personId;
        SessionOn = sessionOn;
        Credits = credits;
        TransferId = transferId;
        RecordedById = recordedById;
        RecordedAt = recordedAt;
    }

    /// <summary>The award's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The activity.</summary>
    public Guid ActivityId { get; private set; }

    /// <summary>Who took part and earned the credits.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>The day of the session, in the UK.</summary>
    public DateOnly SessionOn { get; private set; }

    /// <summary>How many credits.</summary>
    public int Credits { get; private set; }

    /// <summary>The ledger transfer that moved them.</summary>
    public Guid TransferId { get; private set; }

    /// <summary>The coordinator who took the register.</summary>
    public Guid RecordedById { get; private set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; private set; }
}
