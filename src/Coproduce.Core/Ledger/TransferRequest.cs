namespace Coproduce.Core.Ledger;

/// <summary>What a caller asks the ledger to post.</summary>
public sealed record TransferRequest
{
    /// <summary>The account the credits leave.</summary>
    public required Guid FromAccountId { get; init; }

    /// <summary>The account the credits reach.</summary>
    public required Guid ToAccountId { get; init; }

    /// <summary>How much to move.</summary>
    public required Hours Amount { get; init; }

    /// <summary>Why the credits move. Reversals are posted with <see cref="LedgerService.ReverseAsync(ReversalRequest, CancellationToken)"/>.</summary>
    public required TransferKind Kind { get; init; }

    /// <summary>What was done, e.g. "Gardening for Mrs Jones".</summary>
    public required string Description { get; init; }

    /// <summary>
    /// A key the caller chooses, unique to this transfer (a form's submission id, a paper slip's number):
    /// posting it again returns the first transfer and moves nothing.
    /// </summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>The person recording it.</summary>
    public Guid? RecordedById { get; init; }

    /// <summary>The member it is recorded for, when a coordinator records it for them.</summary>
    public Guid? OnBehalfOfId { get; init; }

    /// <summary>When the activity happened; now if not given.</summary>
    public DateTimeOffset? OccurredAt { get; init; }
}

/// <summary>Asks the ledger to correct a transfer by moving the same amount back.</summary>
/// <param name="TransferId">The transfer to correct.</param>
/// <param name="Reason">Why, in words a coordinator would use; shown on both statements.</param>
/// <param name="RecordedById">The person recording the correction.</param>
/// <param name="OnBehalfOfId">The member it is recorded for, if any.</param>
/// <param name="IdempotencyKey">Optional; a transfer can be reversed only once, so the default key is derived from it.</param>
public sealed record ReversalRequest(Guid TransferId, string Reason, Guid? RecordedById = null, Guid? OnBehalfOfId = null, string? IdempotencyKey = null);

/// <summary>A request the ledger has checked, ready for the writer.</summary>
internal sealed record TransferCommand(
    Guid FromAccountId,
    Guid ToAccountId,
    Hours Amount,
    TransferKind Kind,
    string Description,
    string IdempotencyKey,
    Guid? RecordedById,
    Guid? OnBehalfOfId,
    DateTimeOffset OccurredAt,
    bool OccurredAtGiven,
    Guid? ReversesTransferId);
