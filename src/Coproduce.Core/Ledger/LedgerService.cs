using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Ledger;

/// <summary>
/// The time-credit ledger: open accounts, post and reverse transfers, read statements and balances.
/// Every capability moves credits through this service; none writes ledger rows itself.
/// </summary>
public sealed class LedgerService
{
    /// <summary>The longest account name.</summary>
    public const int MaximumNameLength = 200;

    /// <summary>The longest description or reversal reason.</summary>
    public const int MaximumDescriptionLength = 500;

    /// <summary>The longest idempotency key.</summary>
    public const int MaximumKeyLength = 100;

    /// <summary>The most lines on one page of a statement.</summary>
    public const int MaximumPageSize = 500;

    // Clocks on app servers and phones drift; an activity a few minutes "in the future" is not a mistake.
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    private readonly IDbContextFactory<CoproduceDbContext> contexts;
    private readonly UnitsOfWork units;
    private readonly TimeProvider clock;

    internal LedgerService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, TimeProvider clock)
    {
        this.contexts = contexts;
        this.units = units;
        this.clock = clock;
    }

    /// <summary>Opens an account at a zero balance, on its own.</summary>
    public Task<Result<LedgerAccount>> OpenAccountAsync(OpenAccountRequest request, CancellationToken cancellationToken = default) =>
        units.RunAsync((work, token) => OpenAccountAsync(work, request, token), cancellationToken);

    /// <summary>Opens an account at a zero balance as part of <paramref name="work"/> (a new member and their account).</summary>
    public Task<Result<LedgerAccount>> OpenAccountAsync(UnitOfWork work, OpenAccountRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        var name = CheckText(request.Name, nameof(request.Name), "Ledger.Name", MaximumNameLength, errors, TextKind.SingleLine);

        if (!Enum.IsDefined(request.OwnerKind)
            || (request.OwnerKind != AccountOwnerKind.System && (request.OwnerId ?? Guid.Empty) == Guid.Empty))
        {
            errors.Add(new FieldError(nameof(request.OwnerId), "Ledger.OwnerRequired"));
        }

        if (request.HeldAtOrganisationId == Guid.Empty)
        {
            errors.Add(new FieldError(nameof(request.HeldAtOrganisationId), "Ledger.UnknownAccount"));
        }

        if (request.MinimumBalanceMinutes > 0)
        {
            errors.Add(new FieldError(nameof(request.MinimumBalanceMinutes), "Ledger.MinimumAboveZero"));
        }

        if (request.MaximumBalanceMinutes < 0)
        {
            errors.Add(new FieldError(nameof(request.MaximumBalanceMinutes), "Ledger.MaximumBelowZero"));
        }

        if (errors.Count > 0)
        {
            return Task.FromResult(Result<LedgerAccount>.Refused(errors));
        }

        var openedAt = LedgerClock.Truncate(clock.GetUtcNow());
        var account = new LedgerAccount(Guid.CreateVersion7(openedAt), request.OwnerKind, request.OwnerId, name,
            request.MinimumBalanceMinutes, request.MaximumBalanceMinutes, openedAt, request.HeldAtOrganisationId);
        work.Db.LedgerAccounts.Add(account);
        return Task.FromResult(Result<LedgerAccount>.Success(account));
    }

    /// <summary>
    /// The organisation's community pot, opened as part of <paramref name="work"/> (named <paramref name="name"/>, with
    /// no lower limit) if it has none yet. Two servers opening it at once meet the unique index, and the act runs again.
    /// </summary>
    public Task<LedgerAccount> CommunityPotAsync(UnitOfWork work, Guid organisationId, string name, CancellationToken cancellationToken = default) =>
        PurposeAccountAsync(work, organisationId, AccountPurpose.CommunityPot, name, cancellationToken);

    /// <summary>
    /// The organisation's one account for <paramref name="purpose"/> (a pot, a network's issuing account or its notes
    /// in circulation), opened as part of <paramref name="work"/> if it has none yet: the pot and the issuing account
    /// with no lower limit, the notes account never below zero. Two servers opening it at once meet the unique index,
    /// and the act runs again.
    /// </summary>
    public async Task<LedgerAccount> PurposeAccountAsync(UnitOfWork work, Guid organisationId, AccountPurpose purpose, string name,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfEqual(purpose, AccountPurpose.Own);
        var account = await work.Db.LedgerAccounts.SingleOrDefaultAsync(
            a => a.HeldAtOrganisationId == organisationId && a.Purpose == purpose, cancellationToken);
        if (account is not null)
        {
            return account;
        }

        var openedAt = LedgerClock.Truncate(clock.GetUtcNow());
        var (owner, minimum) = purpose == AccountPurpose.CommunityPot
            ? (AccountOwnerKind.Organisation, (long?)null)
            : (AccountOwnerKind.System, purpose == AccountPurpose.Issuing ? null : (long?)0);
        account = new LedgerAccount(Guid.CreateVersion7(openedAt), owner, owner == AccountOwnerKind.System ? null : organisationId,
            name.Length > MaximumNameLength ? name[..MaximumNameLength] : name, minimum, maximumBalanceMinutes: null,
            openedAt, organisationId, purpose);
        work.Db.LedgerAccounts.Add(account);
        await work.Db.SaveChangesAsync(cancellationToken);
        return account;
    }

    /// <summary>
    /// Closes an account as part of <paramref name="work"/>: it keeps its history and takes no more transfers. Only
    /// an account whose balance is settled (zero) closes; closing a closed account changes nothing.
    /// </summary>
    public async Task<Result<LedgerAccount>> CloseAccountAsync(UnitOfWork work, Guid accountId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        var closedAt = LedgerClock.Truncate(clock.GetUtcNow());
        // Conditional, like a post: a transfer another server commits first makes this change nothing, and we say why.
        await work.Db.LedgerAccounts
            .Where(a => a.Id == accountId && a.ClosedAt == null && a.BalanceMinutes == 0)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.ClosedAt, closedAt), cancellationToken);
        var account = await work.Db.LedgerAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        return account switch
        {
            null => Result<LedgerAccount>.Refused(new FieldError(nameof(accountId), "Ledger.UnknownAccount")),
            { IsOpen: true } => Result<LedgerAccount>.Refused(new FieldError(nameof(accountId), "Ledger.CloseWithBalance",
                account.Name, new Balance(account.BalanceMinutes))),
            _ => Result<LedgerAccount>.Success(account),
        };
    }

    /// <summary>The open accounts a member holds at an organisation, oldest first, as part of <paramref name="work"/>.</summary>
    public static async Task<IReadOnlyList<LedgerAccount>> OpenAccountsHeldAtAsync(UnitOfWork work, Guid memberId, Guid organisationId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return await OpenAccountsHeldAt(work.Db, memberId, organisationId).AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>A member's balance at an organisation, across their open accounts there: zero before their first.</summary>
    public async Task<Balance> BalanceHeldAtAsync(Guid memberId, Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new Balance(await OpenAccountsHeldAt(db, memberId, organisationId).SumAsync(a => a.BalanceMinutes, cancellationToken));
    }

    /// <summary>
    /// Gives every open member account held at the organisation new limits, as part of <paramref name="work"/>: an
    /// organisation changed how far its members may go below zero, or its cap. An account already beyond a new limit
    /// keeps its balance as its limit, so it can move only back towards it and the database's checks still hold.
    /// </summary>
    public static async Task<int> ChangeMemberLimitsAsync(UnitOfWork work, Guid organisationId, long minimumBalanceMinutes, long? maximumBalanceMinutes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        var accounts = work.Db.LedgerAccounts.Where(a => a.OwnerKind == AccountOwnerKind.Member && a.HeldAtOrganisationId == organisationId && a.ClosedAt == null);
        return maximumBalanceMinutes is { } maximum
            ? await accounts.ExecuteUpdateAsync(set => set
                .SetProperty(a => a.MinimumBalanceMinutes, a => a.BalanceMinutes < minimumBalanceMinutes ? a.BalanceMinutes : minimumBalanceMinutes)
                .SetProperty(a => a.MaximumBalanceMinutes, a => a.BalanceMinutes > maximum ? a.BalanceMinutes : maximum), cancellationToken)
            : await accounts.ExecuteUpdateAsync(set => set
                .SetProperty(a => a.MinimumBalanceMinutes, a => a.BalanceMinutes < minimumBalanceMinutes ? a.BalanceMinutes : minimumBalanceMinutes)
                .SetProperty(a => a.MaximumBalanceMinutes, (long?)null), cancellationToken);
    }

    /// <summary>
    /// Sets the lowest balance of a member's open accounts at an organisation, as a capability's rule has it (a
    /// timebank's credit limit that grows as the member gives). One already lower keeps its balance as its limit.
    /// </summary>
    public static Task<int> ChangeMemberMinimumAsync(UnitOfWork work, Guid memberId, Guid organisationId, long minimumBalanceMinutes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return OpenAccountsHeldAt(work.Db, memberId, organisationId).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.MinimumBalanceMinutes, a => a.BalanceMinutes < minimumBalanceMinutes ? a.BalanceMinutes : minimumBalanceMinutes), cancellationToken);
    }

    /// <summary>The account's balance as <paramref name="work"/> sees it, with what the act has posted so far.</summary>
    public static async Task<Balance> BalanceOfAsync(UnitOfWork work, Guid accountId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return new Balance(await work.Db.LedgerAccounts.Where(a => a.Id == accountId).Select(a => a.BalanceMinutes).SingleAsync(cancellationToken));
    }

    private static IQueryable<LedgerAccount> OpenAccountsHeldAt(CoproduceDbContext db, Guid memberId, Guid organisationId) =>
        db.LedgerAccounts
            .Where(a => a.OwnerKind == AccountOwnerKind.Member && a.OwnerId == memberId && a.HeldAtOrganisationId == organisationId && a.ClosedAt == null)
            .OrderBy(a => a.OpenedAt).ThenBy(a => a.Id);

    /// <summary>The account, or null if there is none with that id.</summary>
    public async Task<LedgerAccount?> FindAccountAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LedgerAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
    }

    /// <summary>The accounts a member, organisation or system owns, oldest first.</summary>
    public async Task<IReadOnlyList<LedgerAccount>> AccountsOwnedByAsync(AccountOwnerKind ownerKind, Guid ownerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LedgerAccounts.AsNoTracking()
            .Where(a => a.OwnerKind == ownerKind && a.OwnerId == ownerId)
            .OrderBy(a => a.OpenedAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The transfer, or null if there is none with that id.</summary>
    public async Task<Transfer?> FindTransferAsync(Guid transferId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Transfers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == transferId, cancellationToken);
    }

    /// <summary>
    /// Posts a transfer on its own: both balances and the transfer row commit together or not at all. Posting a key
    /// again returns the first transfer and moves nothing; the same key with other content is refused.
    /// </summary>
    public Task<PostResult> PostAsync(TransferRequest request, CancellationToken cancellationToken = default) =>
        units.RunAsync((work, token) => PostAsync(work, request, token), cancellationToken);

    /// <summary>
    /// Posts a transfer as part of <paramref name="work"/>: it commits with the rest of the act or not at all, and a
    /// refusal here changes nothing, so the act may go on or be refused in its turn. Keys behave as in
    /// <see cref="PostAsync(TransferRequest, CancellationToken)"/>.
    /// </summary>
    public async Task<PostResult> PostAsync(UnitOfWork work, TransferRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(request);
        var (command, errors) = Check(request);
        return command is null
            ? PostResult.Refused(errors)
            : await LedgerPosting.PostAsync(work.Db, command, clock, cancellationToken);
    }

    /// <summary>
    /// Posts many transfers, in order, as part of <paramref name="work"/>: for an import or a seed that would otherwise
    /// pay a round trip per balance. Each request is checked by the rules of
    /// <see cref="PostAsync(UnitOfWork, TransferRequest, CancellationToken)"/>, keys included (a key posted before, or
    /// earlier in the list, is a repeat), and each must keep both balances within their limits at its turn. All are
    /// posted or none: on a refusal nothing is written, and the result says which request and why.
    /// </summary>
    public async Task<PostManyResult> PostManyAsync(UnitOfWork work, IReadOnlyList<TransferRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(requests);
        var commands = new List<TransferCommand>(requests.Count);
        for (var index = 0; index < requests.Count; index++)
        {
            ArgumentNullException.ThrowIfNull(requests[index]);
            var (command, errors) = Check(requests[index]);
            if (command is null)
            {
                return PostManyResult.Refused(index, errors);
            }

            commands.Add(command);
        }

        return await LedgerBulkPosting.PostAsync(work.Db, commands, clock, cancellationToken);
    }

    /// <summary>The request as the writer takes it, or why it can't be posted; nothing here reads the database.</summary>
    private (TransferCommand? Command, IReadOnlyList<FieldError> Errors) Check(TransferRequest request)
    {
        var now = clock.GetUtcNow();
        var errors = new List<FieldError>();
        if (request.Amount.Minutes == 0)
        {
            errors.Add(new FieldError(nameof(request.Amount), "Hours.Required"));
        }

        if (request.FromAccountId == Guid.Empty)
        {
            errors.Add(new FieldError(nameof(request.FromAccountId), "Ledger.UnknownAccount"));
        }

        if (request.ToAccountId == Guid.Empty)
        {
            errors.Add(new FieldError(nameof(request.ToAccountId), "Ledger.UnknownAccount"));
        }
        else if (request.ToAccountId == request.FromAccountId)
        {
            errors.Add(new FieldError(nameof(request.ToAccountId), "Ledger.SameAccount"));
        }

        if (request.Kind == TransferKind.Reversal)
        {
            errors.Add(new FieldError(nameof(request.Kind), "Ledger.UseReversal"));
        }
        else if (!Enum.IsDefined(request.Kind))
        {
            errors.Add(new FieldError(nameof(request.Kind), "Ledger.KindUnknown"));
        }

        var description = CheckText(request.Description, nameof(request.Description), "Ledger.Description", MaximumDescriptionLength, errors);
        var key = CheckText(request.IdempotencyKey, nameof(request.IdempotencyKey), "Ledger.Key", MaximumKeyLength, errors, TextKind.SingleLine);

        var occurredAt = request.OccurredAt ?? now;
        if (occurredAt > now + ClockTolerance)
        {
            errors.Add(new FieldError(nameof(request.OccurredAt), "Ledger.OccurredInFuture"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new TransferCommand(request.FromAccountId, request.ToAccountId, request.Amount, request.Kind,
            description, key, request.RecordedById, request.OnBehalfOfId, LedgerClock.Truncate(occurredAt), request.OccurredAt is not null, ReversesTransferId: null), []);
    }

    /// <summary>
    /// Corrects a transfer on its own, by posting the same amount back, with a reason and a link to the original.
    /// A transfer can be reversed once; a reversal can't be reversed. Nothing is edited or deleted.
    /// </summary>
    public Task<PostResult> ReverseAsync(ReversalRequest request, CancellationToken cancellationToken = default) =>
        units.RunAsync((work, token) => ReverseAsync(work, request, token), cancellationToken);

    /// <summary>Corrects a transfer as part of <paramref name="work"/>; the rules are those of <see cref="ReverseAsync(ReversalRequest, CancellationToken)"/>.</summary>
    public async Task<PostResult> ReverseAsync(UnitOfWork work, ReversalRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        var reason = CheckText(request.Reason, nameof(request.Reason), "Ledger.Reason", MaximumDescriptionLength, errors);
        var key = request.IdempotencyKey is null
            ? $"reversal:{request.TransferId:N}"
            : CheckText(request.IdempotencyKey, nameof(request.IdempotencyKey), "Ledger.Key", MaximumKeyLength, errors, TextKind.SingleLine);

        var original = await work.Db.Transfers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == request.TransferId, cancellationToken);
        if (original is null)
        {
            errors.Add(new FieldError(nameof(request.TransferId), "Ledger.UnknownTransfer"));
        }
        else if (original.Kind == TransferKind.Reversal)
        {
            errors.Add(new FieldError(nameof(request.TransferId), "Ledger.CannotReverseReversal"));
        }

        if (errors.Count > 0 || original is null)
        {
            return PostResult.Refused(errors);
        }

        var command = new TransferCommand(original.ToAccountId, original.FromAccountId, original.Amount, TransferKind.Reversal,
            reason, key, request.RecordedById, request.OnBehalfOfId, LedgerClock.Truncate(clock.GetUtcNow()), OccurredAtGiven: false, original.Id);
        return await LedgerPosting.PostAsync(work.Db, command, clock, cancellationToken);
    }

    /// <summary>
    /// One page of an account's transfers recorded in [from, to), with the running balance. The period is turned into a
    /// range of the ledger's running numbers (from the first transfer recorded at or after <paramref name="from"/> to
    /// the first at or after <paramref name="to"/>), and lines are selected and ordered by that number alone: app
    /// servers' clocks differ a little, and a running balance must follow the order the transfers were applied in.
    /// </summary>
    public async Task<Result<Statement>> GetStatementAsync(Guid accountId, DateTimeOffset from, DateTimeOffset to,
        int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        if (to <= from)
        {
            return Result<Statement>.Refused(new FieldError(nameof(to), "Ledger.PeriodBackwards"));
        }

        if (page < 1 || pageSize < 1 || pageSize > MaximumPageSize)
        {
            return Result<Statement>.Refused(new FieldError(nameof(page), "Ledger.PageOutOfRange"));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var snapshot = await LedgerLocks.BeginSnapshotAsync(db, cancellationToken);
        var account = await db.LedgerAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return Result<Statement>.Refused(new FieldError(nameof(accountId), "Ledger.UnknownAccount"));
        }

        var ofAccount = db.Transfers.AsNoTracking().Where(t => t.FromAccountId == accountId || t.ToAccountId == accountId);
        var first = await FirstNumberRecordedFromAsync(ofAccount, from, cancellationToken);
        var end = await FirstNumberRecordedFromAsync(ofAccount, to, cancellationToken);
        var inPeriod = ofAccount.Where(t => t.Number >= first && t.Number < end);
        var opening = await SumOfChangesAsync(ofAccount.Where(t => t.Number < first), accountId, cancellationToken);
        var totalLines = await inPeriod.CountAsync(cancellationToken);
        if (page > 1 && (page - 1) * pageSize >= totalLines)
        {
            return Result<Statement>.Refused(new FieldError(nameof(page), "Ledger.PageOutOfRange"));
        }

        var closing = opening + await SumOfChangesAsync(inPeriod, accountId, cancellationToken);
        var transfers = await inPeriod.OrderBy(t => t.Number).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var running = opening;
        if (transfers.Count > 0)
        {
            var firstOnPage = transfers[0].Number;
            running += await SumOfChangesAsync(inPeriod.Where(t => t.Number < firstOnPage), accountId, cancellationToken);
        }

        var counterpartyIds = transfers.Select(t => t.ToAccountId == accountId ? t.FromAccountId : t.ToAccountId).Distinct().ToList();
        var counterpartyNames = await db.LedgerAccounts.AsNoTracking().Where(a => counterpartyIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var lines = new List<StatementLine>(transfers.Count);
        foreach (var transfer in transfers)
        {
            var incoming = transfer.ToAccountId == accountId;
            var change = incoming ? transfer.Minutes : -transfer.Minutes;
            var counterparty = incoming ? transfer.FromAccountId : transfer.ToAccountId;
            running += change;
            lines.Add(new StatementLine(transfer, change, counterparty, counterpartyNames[counterparty], new Balance(running)));
        }

        return Result<Statement>.Success(new Statement(account, from, to, new Balance(opening), new Balance(closing),
            lines, page, pageSize, totalLines));
    }

    /// <summary>The account's balance as it stood at <paramref name="at"/>, counting transfers recorded by then.</summary>
    public async Task<Result<Balance>> GetBalanceAsAtAsync(Guid accountId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var snapshot = await LedgerLocks.BeginSnapshotAsync(db, cancellationToken);
        if (!await db.LedgerAccounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return Result<Balance>.Refused(new FieldError(nameof(accountId), "Ledger.UnknownAccount"));
        }

        // As a statement ending just after `at` would have it: by running number, not by each server's clock.
        var ofAccount = db.Transfers.Where(t => t.FromAccountId == accountId || t.ToAccountId == accountId);
        var end = await FirstNumberRecordedFromAsync(ofAccount, at.AddTicks(1), cancellationToken);
        return Result<Balance>.Success(new Balance(await SumOfChangesAsync(ofAccount.Where(t => t.Number < end), accountId, cancellationToken)));
    }

    /// <summary>The number of the first of these transfers recorded at or after <paramref name="instant"/>, or past the last.</summary>
    private static async Task<long> FirstNumberRecordedFromAsync(IQueryable<Transfer> transfers, DateTimeOffset instant, CancellationToken cancellationToken) =>
        await transfers.Where(t => t.RecordedAt >= instant).MinAsync(t => (long?)t.Number, cancellationToken) ?? long.MaxValue;

    private static Task<long> SumOfChangesAsync(IQueryable<Transfer> transfers, Guid accountId, CancellationToken cancellationToken) =>
        transfers.SumAsync(t => t.ToAccountId == accountId ? (long)t.Minutes : -(long)t.Minutes, cancellationToken);

    /// <summary>People's text by the one rule (<see cref="TextRules"/>): something visible, nothing hidden, not too long.</summary>
    private static string CheckText(string? text, string field, string codePrefix, int maximumLength, List<FieldError> errors,
        TextKind kind = TextKind.MultiLine)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (!TextRules.HasVisibleText(trimmed))
        {
            errors.Add(new FieldError(field, codePrefix + "Required"));
        }
        else if (TextRules.Check(field, trimmed, kind) is { } hidden)
        {
            errors.Add(hidden);
        }
        else if (trimmed.Length > maximumLength)
        {
            errors.Add(new FieldError(field, codePrefix + "TooLong", maximumLength));
        }

        return trimmed;
    }
}
