using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Credits;

/// <summary>What the notes pages read: the batches, and a batch's sheet to print.</summary>
public sealed partial class CreditNoteService
{
    /// <summary>The network's batches, newest first, with how many of each are still in circulation.</summary>
    public async Task<IReadOnlyList<BatchView>> BatchesAsync(Guid networkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var batches = await db.CreditNoteBatches.AsNoTracking().Where(b => b.NetworkId == networkId)
            .Select(b => new BatchView(b, db.CreditNotes.Count(n => n.BatchId == b.Id && n.Status == CreditNoteStatus.InCirculation)))
            .ToListAsync(cancellationToken);
        return [.. batches.OrderByDescending(b => b.Batch.IssuedAt)];
    }

    /// <summary>A batch's notes as they are printed, in serial order: each with its token (for the QR code) and its PIN, if it has one.</summary>
    public async Task<IReadOnlyList<PrintedNote>?> SheetAsync(Guid networkId, Guid batchId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var batch = await db.CreditNoteBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId && b.NetworkId == networkId, cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var notes = await db.CreditNotes.AsNoTracking().Where(n => n.BatchId == batchId).ToListAsync(cancellationToken);
        return [.. notes.OrderBy(n => n.Id).Select(n => new PrintedNote(n, CreditCodes.Token(batch.SigningKey, n.Serial),
            batch.WithPins ? CreditCodes.Pin(batch.SigningKey, n.Serial) : null))];
    }
}

/// <summary>A batch with how many of its notes are still to be handed in.</summary>
public sealed record BatchView(CreditNoteBatch Batch, int InCirculation);

/// <summary>A note as it is printed.</summary>
/// <param name="Note">The note.</param>
/// <param name="Token">What its QR code carries, and what is typed when it can't be scanned.</param>
/// <param name="Pin">Its PIN, when the batch has them.</param>
public sealed record PrintedNote(CreditNote Note, string Token, string? Pin);
