using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.Notifications;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Timebank;

/// <summary>
/// A timebank's community pot: members give hours to it, and coordinators grant hours from it, with a reason, to
/// members who need help. The pot is the ledger's (one per organisation); every gift and grant is one transfer, in
/// one act with the member's message.
/// </summary>
public sealed class CommunityPotService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, LedgerService ledger, Outbox outbox)
{
    /// <summary>The longest note or reason kept.</summary>
    public const int MaximumReasonLength = 500;

    /// <summary>What the pot holds now: nothing before its first gift.</summary>
    public async Task<Balance> BalanceAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new Balance(await db.LedgerAccounts
            .Where(a => a.HeldAtOrganisationId == organisationId && a.Purpose == AccountPurpose.CommunityPot)
            .Select(a => (long?)a.BalanceMinutes).SingleOrDefaultAsync(cancellationToken) ?? 0);
    }

    /// <summary>The pot's ledger account, for its statement: none before its first gift.</summary>
    public async Task<Guid?> AccountIdAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LedgerAccounts
            .Where(a => a.HeldAtOrganisationId == organisationId && a.Purpose == AccountPurpose.CommunityPot)
            .Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// A member gives hours from their balance to the pot (a coordinator may record it for them). Refused, changing
    /// nothing, for more than they hold, for anyone else, and in a suspended timebank.
    /// </summary>
    public Task<Result<Transfer>> GiveAsync(Guid actorId, Guid organisationId, Guid memberId, string? hours, string? note,
        CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var refusal = actorId != memberId && !await TimebankAccess.CoordinatesAsync(work.Db, actorId, organisationId, token)
                ? new FieldError(string.Empty, "Timebank.NotYourGift")
                : await RefuseAsync(work, organisationId, memberId, token);
            if (refusal is not null)
            {
                return Result<Transfer>.Refused(refusal);
            }

            var errors = new List<FieldError>();
            var amount = Amount(hours, errors);
            var tidy = TextRules.TidyOptional(note);
            if (TextRules.Check("Note", tidy, TextKind.MultiLine) is { } textError)
            {
                errors.Add(textError);
            }
            else if (tidy?.Length > MaximumReasonLength)
            {
                errors.Add(new FieldError("Note", "Timebank.ReasonTooLong", MaximumReasonLength));
            }

            if (amount is null || errors.Count > 0)
            {
                return Result<Transfer>.Refused(errors);
            }

            var (_, account, pot) = await AccountsAsync(work, organisationId, memberId, token);
            // A gift comes from what they hold, not from what they may owe.
            var held = await LedgerService.BalanceOfAsync(work, account, token);
            if (held.Minutes < amount.Value.Minutes)
            {
                return Result<Transfer>.Refused(new FieldError("Hours", "Timebank.GiftMoreThanHeld", held));
            }

            var posted = await PostAsync(work, account, pot, amount.Value, TransferKind.Donation, tidy ?? "Given to the community pot", actorId, memberId, token);
            return posted.Succeeded ? Result<Transfer>.Success(posted.Transfer) : Result<Transfer>.Refused(posted.Errors);
        }, cancellationToken);

    /// <summary>
    /// A coordinator grants hours from the pot to a member, with a reason, and the member is told in their language.
    /// Refused, changing nothing, for more than the pot holds, without a reason, for anyone but a coordinator.
    /// </summary>
    public Task<Result<Transfer>> GrantAsync(Guid actorId, Guid organisationId, Guid memberId, string? hours, string? reason,
        CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var refusal = !await TimebankAccess.CoordinatesAsync(work.Db, actorId, organisationId, token)
                ? new FieldError(string.Empty, "People.NotCoordinator")
                : await RefuseAsync(work, organisationId, memberId, token);
            if (refusal is not null)
            {
                return Result<Transfer>.Refused(refusal);
            }

            var errors = new List<FieldError>();
            var amount = Amount(hours, errors);
            var tidy = TextRules.Required("Reason", reason, MaximumReasonLength, "Timebank.GrantReasonRequired", "Timebank.ReasonTooLong", errors,
                TextKind.MultiLine);
            if (amount is null || tidy is null)
            {
                return Result<Transfer>.Refused(errors);
            }

            var (member, account, pot) = await AccountsAsync(work, organisationId, memberId, token);
            var inPot = await LedgerService.BalanceOfAsync(work, pot, token);
            if (inPot.Minutes < amount.Value.Minutes)
            {
                return Result<Transfer>.Refused(new FieldError("Hours", "Timebank.PotTooLow", new Balance(Math.Max(0, inPot.Minutes))));
            }

            var posted = await PostAsync(work, pot, account, amount.Value, TransferKind.Grant, tidy, actorId, memberId, token);
            if (!posted.Succeeded)
            {
                return Result<Transfer>.Refused(posted.Errors);
            }

            if (member.Profile.Email is { } email)
            {
                var organisation = await work.Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId, token);
                outbox.EnqueueEmail(work, email, member.Id, member.Profile.Language.Culture(), NotificationTemplate.PotGranted,
                    [member.Profile.Name, amount.Value, tidy, organisation.NameIn(member.Profile.Language), await LedgerService.BalanceOfAsync(work, account, token)],
                    member.IsDemo);
            }

            return Result<Transfer>.Success(posted.Transfer);
        }, cancellationToken);

    private static async Task<FieldError?> RefuseAsync(UnitOfWork work, Guid organisationId, Guid memberId, CancellationToken cancellationToken)
    {
        var organisation = await work.Db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        return organisation is null ? new FieldError(string.Empty, "People.UnknownOrganisation")
            : organisation.Kind != OrganisationKind.Timebank ? new FieldError(string.Empty, "Timebank.NotATimebank")
            : !await TimebankAccess.IsMemberAsync(work.Db, memberId, organisationId, cancellationToken) ? new FieldError("Member", "Timebank.NotAMember")
            : await PeopleService.RefuseIfSuspendedAsync(work, organisationId, cancellationToken);
    }

    private static Hours? Amount(string? hours, List<FieldError> errors)
    {
        if (!Hours.TryParse(hours, "Hours", out var amount, out var error))
        {
            errors.Add(error);
            return null;
        }

        return amount;
    }

    private async Task<(Person Member, Guid Account, Guid Pot)> AccountsAsync(UnitOfWork work, Guid organisationId, Guid memberId,
        CancellationToken cancellationToken)
    {
        var member = await work.Db.People.AsNoTracking().SingleAsync(p => p.Id == memberId, cancellationToken);
        var organisation = await work.Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId, cancellationToken);
        var settings = await TimebankAccounts.SettingsAsync(work.Db, organisationId, cancellationToken);
        var account = await TimebankAccounts.AccountOfAsync(work, ledger, settings, member.Id, member.Profile.Name, cancellationToken);
        var pot = await ledger.CommunityPotAsync(work, organisationId, organisation.Name + " community pot", cancellationToken);
        return (member, account, pot.Id);
    }

    private Task<PostResult> PostAsync(UnitOfWork work, Guid from, Guid to, Hours amount, TransferKind kind, string description, Guid actorId,
        Guid memberId, CancellationToken cancellationToken) =>
        ledger.PostAsync(work, new TransferRequest
        {
            FromAccountId = from,
            ToAccountId = to,
            Amount = amount,
            Kind = kind,
            Description = description,
            // Each gift or grant is its own: a form sent twice is stopped by the page, not by the key.
            IdempotencyKey = $"pot:{Guid.CreateVersion7():N}",
            RecordedById = actorId,
            OnBehalfOfId = actorId == memberId ? null : memberId,
        }, cancellationToken);
}
