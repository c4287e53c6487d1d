using Coproduce.Core.Ledger;

namespace Coproduce.Core.Timebank;

/// <summary>
/// An hour (or more) one member gave another in a timebank, recorded by either of them or by a coordinator. Credits
/// move only when it is confirmed, from the one who received help to the one who gave it, in the same act.
/// </summary>
public sealed class Exchange
{
    private Exchange()
    {
        Description = string.Empty;
    }

    internal Exchange(Guid id, Guid organisationId, Guid giverId, Guid receiverId, Hours amount, DateOnly occurredOn, string description,
        Guid recordedById, DateTimeOffset recordedAt, Guid? categoryId = null, Guid? postId = null)
        : this()
    {
        CategoryId = categoryId;
        PostId = postId;
        Id = id;
        OrganisationId = organisationId;
        GiverId = giverId;
        ReceiverId = receiverId;
        Minutes = amount.Minutes;
        OccurredOn = occurredOn;
        Description = description;
        RecordedById = recordedById;
        RecordedAt = recordedAt;
        Status = ExchangeStatus.Pending;
    }

    /// <summary>The exchange's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The timebank it happened in.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>The member who gave their time, and earns the hours.</summary>
    public Guid GiverId { get; private set; }

    /// <summary>The member who was helped, and pays the hours.</summary>
    public Guid ReceiverId { get; private set; }

    /// <summary>How long, in minutes.</summary>
    public int Minutes { get; private set; }

    /// <summary>How long.</summary>
    public Hours Amount => Hours.FromMinutes(Minutes);

    /// <summary>The day it happened, in the UK.</summary>
    public DateOnly OccurredOn { get; private set; }

    /// <summary>What was done, in the recorder's words.</summary>
    public string Description { get; private set; }

    /// <summary>Who recorded it: one of the two, or a coordinator on their behalf.</summary>
    public Guid RecordedById { get; private set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Recorded by someone other than the two, i.e. a coordinator.</summary>
    public bool RecordedOnBehalf => RecordedById != GiverId && RecordedById != ReceiverId;

    /// <summary>Where it stands; the concurrency token, so two people deciding at once can't both.</summary>
    public ExchangeStatus Status { get; private set; }

    /// <summary>The member who is asked to confirm it; none when a coordinator must.</summary>
    public Guid? AwaitingId { get; private set; }

    /// <summary>Under <see cref="ConfirmationPolicy.AcceptedAfterDays"/>, when it is accepted by itself if nobody declined it.</summary>
    public DateTimeOffset? AcceptsAt { get; private set; }

    /// <summary>Who confirmed or declined it; none when it was accepted by itself.</summary>
    public Guid? DecidedById { get; private set; }

    /// <summary>When it was confirmed or declined.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Why it was declined.</summary>
    public string? DeclineReason { get; private set; }

    /// <summary>The ledger transfer that moved the hours, once confirmed.</summary>
    public Guid? TransferId { get; private set; }

    /// <summary>The kind of help it was, when said: from the post it came from, or chosen.</summary>
    public Guid? CategoryId { get; private set; }

    /// <summary>The offer or request it came from, when it came from one.</summary>
    public Guid? PostId { get; private set; }

    /// <summary>The group exchange it is one person's part of, if any.</summary>
    public Guid? GroupExchangeId { get; private set; }

    /// <summary>The other member of the two, seen from <paramref name="personId"/>.</summary>
    public Guid OtherThan(Guid personId) => personId == GiverId ? ReceiverId : GiverId;

    internal void JoinGroup(Guid groupExchangeId) => GroupExchangeId = groupExchangeId;

    internal void AwaitConfirmation(Guid? awaitingId, DateTimeOffset? acceptsAt)
    {
        AwaitingId = awaitingId;
        AcceptsAt = acceptsAt;
    }

    internal void Confirm(Guid? byId, DateTimeOffset at, Guid transferId)
    {
        Status = ExchangeStatus.Confirmed;
        DecidedById = byId;
        DecidedAt = at;
        TransferId = transferId;
        AcceptsAt = null;
    }

    internal void Decline(Guid byId, DateTimeOffset at, string reason)
    {
        Status = ExchangeStatus.Declined;
        DecidedById = byId;
        DecidedAt = at;
        DeclineReason = reason;
        AcceptsAt = null;
    }
}
