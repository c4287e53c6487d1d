namespace Coproduce.Core.Ledger;

/// <summary>
/// One movement of credits from one account to another. Transfers are never changed or deleted:
/// a mistake is put right by a <see cref="TransferKind.Reversal"/> that links back to it.
/// </summary>
public sealed class Transfer
{
    private Transfer()
    {
        Description = string.Empty;
        IdempotencyKey = string.Empty;
    }

    internal Transfer(Guid id, TransferCommand command, DateTimeOffset recordedAt)
    {
        Id = id;
        FromAccountId = command.FromAccountId;
        ToAccountId = command.ToAccountId;
        Minutes = command.Amount.Minutes;
        Kind = command.Kind;
        Description = command.Description;
        RecordedById = command.RecordedById;
        OnBehalfOfId = command.OnBehalfOfId;
        OccurredAt = command.OccurredAt;
        RecordedAt = recordedAt;
        IdempotencyKey = command.IdempotencyKey;
        ReversesTransferId = command.ReversesTransferId;
    }

    /// <summary>The transfer's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>
    /// The ledger's running number: orders a statement the way transfers were applied, and is short
    /// enough to read aloud on the phone ("transfer 1042").
    /// </summary>
    public long Number { get; private set; }

    /// <summary>The account the credits left.</summary>
    public Guid FromAccountId { get; private set; }

    /// <summary>The account the credits reached.</summary>
    public Guid ToAccountId { get; private set; }

    /// <summary>How much moved, in minutes (always positive).</summary>
    public int Minutes { get; private set; }

    /// <summary>How much moved.</summary>
    public Hours Amount => Hours.FromMinutes(Minutes);

    /// <summary>Why the credits moved.</summary>
    public TransferKind Kind { get; private set; }

    /// <summary>What was done, as the people involved would describe it.</summary>
    public string Description { get; private set; }

    /// <summary>The person who recorded it: the member, or a coordinator entering it for them.</summary>
    public Guid? RecordedById { get; private set; }

    /// <summary>The member a coordinator recorded it for, when it was not recorded by them.</summary>
    public Guid? OnBehalfOfId { get; private set; }

    /// <summary>When the activity happened (an exchange last Tuesday recorded today).</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>When the ledger recorded it; statements and balances as at a date use this.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The caller's key: posting the same key again returns this transfer and moves nothing.</summary>
    public string IdempotencyKey { get; private set; }

    /// <summary>For a reversal, the transfer it corrects.</summary>
    public Guid? ReversesTransferId { get; private set; }

    /// <summary>Whether <paramref name="command"/> asks for exactly this transfer (same key, same content).</summary>
    internal bool Matches(TransferCommand command) =>
        FromAccountId == command.FromAccountId
        && ToAccountId == command.ToAccountId
        && Minutes == command.Amount.Minutes
        && Kind == command.Kind
        && Description == command.Description
        && RecordedById == command.RecordedById
        && OnBehalfOfId == command.OnBehalfOfId
        // A retry that left the time out means "now", which has moved on; only a time given must match.
        && (!command.OccurredAtGiven || OccurredAt.UtcTicks == command.OccurredAt.UtcTicks)
        && ReversesTransferId == command.ReversesTransferId;
}
