using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Credits;

/// <summary>
/// Printed credit notes, for members with no phone. Issuing a batch moves its credits from the network's issuing
/// account into its notes-in-circulation account; handing a note in moves its credits from there to the partner,
/// once; cancelling a lost note takes its credits out of circulation. So the ledger's sums still hold.
/// </summary>
public sealed partial class CreditNoteService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, LedgerService ledger, TimeProvider clock)
{
    /// <summary>The most notes in one batch: a few A4 sheets.</summary>
    public const int MaximumBatch = 200;

    /// <summary>The most credits on one note.</summary>
    public const int MaximumCreditsEach = 10;

    /// <summary>The longest reason for cancelling kept.</summary>
    public const int MaximumReasonLength = 200;

    // A wrong PIN is refused like any bad answer, then counted in an act of its own.
    private const string WrongPin = "Credits.WrongPin";

    /// <summary>Issues a batch of notes, each with its own serial (and PIN, if asked). A coordinator of the network may.</summary>
    public Task<Result<CreditNoteBatch>> IssueAsync(Guid actorId, Guid networkId, NoteBatchInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return units.RunAsync(async (work, token) =>
        {
            var refusal = !await CreditAccess.CoordinatesAsync(work.Db, actorId, networkId, token)
                ? new FieldError(string.Empty, "Credits.NotCoordinator")
                : await CreditAccess.RefuseUnlessOpenNetworkAsync(work, networkId, token);
            if (refusal is not null)
            {
                return Result<CreditNoteBatch>.Refused(refusal);
            }

            var errors = new List<FieldError>();
            var count = CreditInput.Whole("Count", input.Count, 1, MaximumBatch, errors);
            var each = CreditInput.Whole("CreditsEach", input.CreditsEach, 1, MaximumCreditsEach, errors);
            if (errors.Count > 0)
            {
                return Result<CreditNoteBatch>.Refused(errors);
            }

            var now = clock.GetUtcNow();
            var batch = new CreditNoteBatch(Guid.CreateVersion7(now), networkId, count!.Value, each!.Value, input.WithPins, CreditCodes.NewSigningKey(), actorId, now);
            work.Db.CreditNoteBatches.Add(batch);
            var serials = new HashSet<string>(StringComparer.Ordinal);
            while (serials.Count < batch.Count)
            {
                serials.Add(CreditCodes.NewSerial());
            }

            // A clash with an older note is one in a hundred million; draw again rather than let the unique index refuse the batch.
            foreach (var clash in await work.Db.CreditNotes.Where(n => serials.Contains(n.Serial)).Select(n => n.Serial).ToListAsync(token))
            {
                serials.Remove(clash);
                string fresh;
                do
                {
                    fresh = CreditCodes.NewSerial();
                }
                while (!serials.Add(fresh) || await work.Db.CreditNotes.AnyAsync(n => n.Serial == fresh, token));
            }

            work.Db.CreditNotes.AddRange(serials.Select(serial => new CreditNote(Guid.CreateVersion7(now), batch.Id, networkId, serial, batch.CreditsEach)));
            var posted = await ledger.PostAsync(work, new TransferRequest
            {
                FromAccountId = await CreditAccounts.IssuingAsync(work, ledger, networkId, token),
                ToAccountId = await CreditAccounts.NotesAsync(work, ledger, networkId, token),
                Amount = CreditAccounts.Amount(batch.Count * batch.CreditsEach),
                Kind = TransferKind.NoteIssue,
                Description = $"{batch.Count} printed notes of {batch.CreditsEach}",
                IdempotencyKey = $"notes:{batch.Id:N}",
                RecordedById = actorId,
            }, token);
            if (!posted.Succeeded)
            {
                return Result<CreditNoteBatch>.Refused(posted.Errors);
            }

            await work.Db.SaveChangesAsync(token);
            return Result<CreditNoteBatch>.Success(batch);
        }, cancellationToken);
    }

    /// <summary>
    /// Hands a note in at a partner: its credits move from circulation to the partner, once. Refused with a clear
    /// reason for a garbled or forged token, a cancelled, locked or already redeemed note, a wrong PIN (the fifth
    /// locks the note: that much is kept), and a counter of another venue.
    /// </summary>
    public async Task<Result<CreditNote>> RedeemAsync(CounterActor actor, Guid partnerId, string? token, string? pin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var parsed = CreditCodes.ParseToken(token);
        if (parsed is null)
        {
            return Result<CreditNote>.Refused(new FieldError("Token", "Credits.NoteGarbled"));
        }

        var redeemed = await units.RunAsync((work, ct) => RedeemInAsync(work, actor, partnerId, parsed.Value.Serial, parsed.Value.SecurityCode, pin, ct),
            cancellationToken);
        if (redeemed.Errors is [{ Code: WrongPin }])
        {
            // The wrong guess is counted in an act of its own, which commits: the refusal rolled the first back, and a guess must count.
            var note = (await units.RunAsync((work, ct) => CountWrongPinAsync(work, parsed.Value.Serial, ct), cancellationToken)).Value!;
            return Result<CreditNote>.Refused(note.Status == CreditNoteStatus.Locked
                ? new FieldError("Pin", "Credits.NoteLocked", CreditCodes.Grouped(note.Serial))
                : new FieldError("Pin", "Credits.PinWrong", CreditNote.MaximumPinAttempts - note.FailedPinAttempts));
        }

        return redeemed;
    }

    /// <summary>
    /// Cancels a note by its serial (reported lost), with a reason: its credits leave circulation, and it is refused
    /// if it is ever handed in. A coordinator of the network may. A redeemed note can't be cancelled.
    /// </summary>
    public Task<Result<CreditNote>> CancelAsync(Guid actorId, Guid networkId, string? serial, string? reason, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            if (!await CreditAccess.CoordinatesAsync(work.Db, actorId, networkId, token))
            {
                return Result<CreditNote>.Refused(new FieldError(string.Empty, "Credits.NotCoordinator"));
            }

            var errors = new List<FieldError>();
            var tidy = CreditCodes.Normalise(serial);
            var note = tidy is null ? null : await work.Db.CreditNotes.SingleOrDefaultAsync(n => n.NetworkId == networkId && n.Serial == tidy, token);
            if (note is null)
            {
                errors.Add(new FieldError("Serial", tidy is null ? "Credits.SerialRequired" : "Credits.UnknownSerial"));
            }
            else if (note.Status is CreditNoteStatus.Redeemed or CreditNoteStatus.Cancelled)
            {
                errors.Add(new FieldError("Serial", note.Status == CreditNoteStatus.Redeemed ? "Credits.NoteAlreadyRedeemed" : "Credits.NoteCancelled",
                    CreditCodes.Grouped(note.Serial)));
            }

            var why = TextRules.Required("Reason", reason, MaximumReasonLength, "Credits.CancelReasonRequired", "Credits.TooLong", errors);
            if (errors.Count > 0)
            {
                return Result<CreditNote>.Refused(errors);
            }

            note!.Cancel(why!, clock.GetUtcNow());
            await work.Db.SaveChangesAsync(token);
            var posted = await ledger.PostAsync(work, new TransferRequest
            {
                FromAccountId = await CreditAccounts.NotesAsync(work, ledger, networkId, token),
                ToAccountId = await CreditAccounts.IssuingAsync(work, ledger, networkId, token),
                Amount = CreditAccounts.Amount(note.Credits),
                Kind = TransferKind.NoteCancellation,
                Description = $"Note {CreditCodes.Grouped(note.Serial)} cancelled: {why}",
                IdempotencyKey = $"note-cancelled:{note.Id:N}",
                RecordedById = actorId,
            }, token);
            return posted.Succeeded ? Result<CreditNote>.Success(note) : Result<CreditNote>.Refused(posted.Errors);
        }, cancellationToken);

    private async Task<Result<CreditNote>> RedeemInAsync(UnitOfWork work, CounterActor actor, Guid partnerId, string serial, string securityCode,
        string? pin, CancellationToken cancellationToken)
    {
        var note = await work.Db.CreditNotes.SingleOrDefaultAsync(n => n.Serial == serial, cancellationToken);
        var batch = note is null ? null : await work.Db.CreditNoteBatches.AsNoTracking().SingleAsync(b => b.Id == note.BatchId, cancellationToken);
        if (note is null || !CreditCodes.SameCode(CreditCodes.SecurityCode(batch!.SigningKey, serial), securityCode))
        {
            return Result<CreditNote>.Refused(new FieldError("Token", "Credits.NoteForged"));
        }

        var partner = await work.Db.CreditPartners.AsNoTracking()
            .SingleOrDefaultAsync(p => p.NetworkId == note.NetworkId && p.OrganisationId == partnerId && p.Accepts, cancellationToken);
        var refusal = partner is null ? new FieldError("Token", "Credits.NoteFromAnotherNetwork")
            : !await CreditSpendingService.AtCounterAsync(work.Db, actor, partnerId, note.NetworkId, cancellationToken) ? new FieldError(string.Empty, "Credits.NotAtThisCounter")
            : await CreditAccess.RefuseUnlessOpenNetworkAsync(work, note.NetworkId, cancellationToken);
        if (refusal is not null)
        {
            return Result<CreditNote>.Refused(refusal);
        }

        var grouped = CreditCodes.Grouped(serial);
        refusal = note.Status switch
        {
            CreditNoteStatus.Redeemed => new FieldError("Token", "Credits.NoteAlreadyRedeemed", grouped),
            CreditNoteStatus.Cancelled => new FieldError("Token", "Credits.NoteCancelled", grouped),
            CreditNoteStatus.Locked => new FieldError("Pin", "Credits.NoteLocked", grouped),
            _ when batch.WithPins && string.IsNullOrWhiteSpace(pin) => new FieldError("Pin", "Credits.PinRequired"),
            _ when batch.WithPins && !CreditCodes.SameCode(CreditCodes.Pin(batch.SigningKey, serial), pin!.Trim()) => new FieldError("Pin", WrongPin),
            _ => null,
        };
        if (refusal is not null)
        {
            return Result<CreditNote>.Refused(refusal);
        }

        var now = clock.GetUtcNow();
        note.Redeem(partnerId, now);
        // Saved first: the status is the concurrency token, so a second counter handing the same note in at the same
        // moment fails here, runs again, and is told it was already redeemed.
        await work.Db.SaveChangesAsync(cancellationToken);
        var posted = await ledger.PostAsync(work, new TransferRequest
        {
            FromAccountId = await CreditAccounts.NotesAsync(work, ledger, note.NetworkId, cancellationToken),
            ToAccountId = partner!.AccountId,
            Amount = CreditAccounts.Amount(note.Credits),
            Kind = TransferKind.NoteRedemption,
            Description = $"Printed note {grouped}",
            IdempotencyKey = $"note:{note.Id:N}",
            RecordedById = actor.PersonId,
        }, cancellationToken);
        if (!posted.Succeeded)
        {
            return Result<CreditNote>.Refused(posted.Errors);
        }

        work.Db.CreditRedemptions.Add(new CreditRedemption(Guid.CreateVersion7(now), note.NetworkId, partnerId, null, null, note.Id, RedemptionMethod.Note,
            UkTime.Today(clock), 1, 0, note.Credits, posted.Transfer.Id, actor.PersonId, now));
        await work.Db.SaveChangesAsync(cancellationToken);
        return Result<CreditNote>.Success(note);
    }

    private static async Task<Result<CreditNote>> CountWrongPinAsync(UnitOfWork work, string serial, CancellationToken cancellationToken)
    {
        // Conditional, so guesses at two counters at once are both counted and the note locks at exactly the limit.
        await work.Db.CreditNotes.Where(n => n.Serial == serial && n.Status == CreditNoteStatus.InCirculation)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.FailedPinAttempts, n => n.FailedPinAttempts + 1), cancellationToken);
        await work.Db.CreditNotes.Where(n => n.Serial == serial && n.Status == CreditNoteStatus.InCirculation && n.FailedPinAttempts >= CreditNote.MaximumPinAttempts)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.Status, CreditNoteStatus.Locked), cancellationToken);
        return Result<CreditNote>.Success(await work.Db.CreditNotes.AsNoTracking().SingleAsync(n => n.Serial == serial, cancellationToken));
    }
}

/// <summary>A batch as the issuing form sends it.</summary>
/// <param name="Count">How many notes.</param>
/// <param name="CreditsEach">Credits on each.</param>
/// <param name="WithPins">Each note needs a PIN to be handed in.</param>
public sealed record NoteBatchInput(string? Count, string? CreditsEach, bool WithPins);
