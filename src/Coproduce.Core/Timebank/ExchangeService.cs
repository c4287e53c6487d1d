using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.Notifications;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Timebank;

/// <summary>
/// Hour-for-hour exchanges in a timebank. Either member records one, or a coordinator does for them; the timebank's
/// <see cref="ConfirmationPolicy"/> says who confirms it. Confirming is one act: the exchange's status, the ledger
/// transfer from the one helped to the one who helped, and a message to each of them commit together or not at all.
/// </summary>
public sealed partial class ExchangeService(
    IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, LedgerService ledger, Outbox outbox, ISiteLinks links, TimeProvider clock)
{
    /// <summary>The longest description or reason kept.</summary>
    public const int MaximumDescriptionLength = 500;

    /// <summary>The longest exchange: a day's help is recorded day by day.</summary>
    public const int MaximumMinutes = 24 * 60;

    /// <summary>
    /// Records an exchange. Recorded by a coordinator for two others, it is confirmed at once (a coordinator's record is
    /// the confirmation, for members who are not online); recorded by one of the two, it is confirmed at once if the
    /// other trusts the recorder (<see cref="MemberPreferencesService.TrustAsync"/>) and coordinators don't approve every
    /// exchange, and otherwise waits as the timebank's policy says, and the member asked to confirm it is told. Refused, changing nothing, for anyone else, in a suspended
    /// organisation or one that is not a timebank, and for bad details.
    /// </summary>
    public Task<Result<Exchange>> RecordAsync(Guid actorId, Guid organisationId, ExchangeDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        return units.RunAsync((work, token) => RecordInAsync(work, actorId, organisationId, details, token), cancellationToken);
    }

    /// <summary>
    /// Confirms a pending exchange: the member asked to, or a coordinator. The hours move in the same act; if the one
    /// helped hasn't enough (beyond the timebank's limit), nothing changes and the message says how much they have.
    /// </summary>
    public Task<Result<Exchange>> ConfirmAsync(Guid actorId, Guid exchangeId, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var (exchange, refusal) = await DecidableAsync(work, actorId, exchangeId, token);
            return exchange is null ? Result<Exchange>.Refused(refusal!) : await ConfirmInAsync(work, exchange, actorId, token);
        }, cancellationToken);

    /// <summary>Declines a pending exchange with a reason: the member asked to confirm it, or a coordinator. The recorder is told.</summary>
    public Task<Result<Exchange>> DeclineAsync(Guid actorId, Guid exchangeId, string? reason, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var (exchange, refusal) = await DecidableAsync(work, actorId, exchangeId, token);
            if (exchange is null)
            {
                return Result<Exchange>.Refused(refusal!);
            }

            var errors = new List<FieldError>();
            var tidy = TextRules.Required("Reason", reason, MaximumDescriptionLength, "Timebank.ReasonRequired", "Timebank.ReasonTooLong", errors,
                TextKind.MultiLine);
            if (tidy is null)
            {
                return Result<Exchange>.Refused(errors);
            }

            exchange.Decline(actorId, clock.GetUtcNow(), tidy);
            await work.Db.SaveChangesAsync(token);
            var people = await NamesAndContactsAsync(work.Db, [exchange.GiverId, exchange.ReceiverId, exchange.RecordedById, actorId], token);
            // Only an exchange one of the two recorded waits to be decided, so the recorder is one of them.
            var told = exchange.RecordedById;
            Tell(work, people[told], NotificationTemplate.ExchangeDeclined,
                people[actorId].Profile.Name, exchange.Amount, tidy, people[exchange.OtherThan(told)].Profile.Name);
            return Result<Exchange>.Success(exchange);
        }, cancellationToken);

    /// <summary>
    /// Accepts, each in its own act, the exchanges whose days to decline have run out. Run every few minutes by the
    /// app; two servers running it at once confirm each exchange once. Returns how many were accepted; one the ledger
    /// refuses (the one helped is past their limit) stays pending for a coordinator.
    /// </summary>
    public async Task<int> AcceptDueAsync(CancellationToken cancellationToken = default)
    {
        List<Guid> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var now = clock.GetUtcNow();
            due = await db.TimebankExchanges.Where(e => e.Status == ExchangeStatus.Pending && e.AcceptsAt <= now)
                .OrderBy(e => e.AcceptsAt).Select(e => e.Id).Take(500).ToListAsync(cancellationToken);
        }

        var accepted = 0;
        foreach (var id in due)
        {
            var result = await units.RunAsync(async (work, token) =>
            {
                var exchange = await work.Db.TimebankExchanges.SingleAsync(e => e.Id == id, token);
                return exchange.Status == ExchangeStatus.Pending && exchange.AcceptsAt <= clock.GetUtcNow()
                    ? await ConfirmInAsync(work, exchange, deciderId: null, token)
                    : Result<Exchange>.Refused(new FieldError(string.Empty, "Timebank.AlreadyDecided"));
            }, cancellationToken);
            accepted += result.Succeeded ? 1 : 0;
        }

        return accepted;
    }

    /// <summary>Records an exchange in <paramref name="work"/>, as <see cref="RecordAsync(Guid, Guid, ExchangeDetails, CancellationToken)"/> does; a group exchange records one per person this way.</summary>
    internal async Task<Result<Exchange>> RecordInAsync(UnitOfWork work, Guid actorId, Guid organisationId, ExchangeDetails details,
        CancellationToken cancellationToken)
    {
        var db = work.Db;
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (organisation is null)
        {
            return Result<Exchange>.Refused(new FieldError(string.Empty, "People.UnknownOrganisation"));
        }

        var isOneOfTheTwo = actorId == details.GiverId || actorId == details.ReceiverId;
        var coordinates = await TimebankAccess.CoordinatesAsync(db, actorId, organisationId, cancellationToken);
        var refusal = organisation.Kind != OrganisationKind.Timebank ? new FieldError(string.Empty, "Timebank.NotATimebank")
            : !isOneOfTheTwo && !coordinates ? new FieldError(string.Empty, "Timebank.NotYourExchange")
            : await PeopleService.RefuseIfSuspendedAsync(work, organisationId, cancellationToken);
        if (refusal is not null)
        {
            return Result<Exchange>.Refused(refusal);
        }

        var (checkedDetails, errors) = Check(details);
        errors.AddRange(await NotMembersAsync(db, organisationId, details, cancellationToken));
        var category = await WhatKindAsync(db, organisationId, details, errors, cancellationToken);
        if (checkedDetails is null || errors.Count > 0)
        {
            return Result<Exchange>.Refused(errors);
        }

        var (amount, occurredOn, description) = checkedDetails.Value;
        var now = clock.GetUtcNow();
        var exchange = new Exchange(Guid.CreateVersion7(now), organisationId, details.GiverId, details.ReceiverId, amount, occurredOn, description,
            actorId, now, category, details.PostId);
        db.TimebankExchanges.Add(exchange);
        if (!isOneOfTheTwo)
        {
            return await ConfirmInAsync(work, exchange, actorId, cancellationToken);
        }

        var settings = await TimebankAccounts.SettingsAsync(db, organisationId, cancellationToken);
        var other = details.GiverId == actorId ? details.ReceiverId : details.GiverId;
        if (settings.Confirmation != ConfirmationPolicy.CoordinatorApproves
            && await MemberPreferencesService.TrustsAsync(db, organisationId, other, actorId, cancellationToken))
        {
            // The other chose beforehand to take this member's word: confirmed as if they had confirmed it now.
            return await ConfirmInAsync(work, exchange, other, cancellationToken);
        }

        exchange.AwaitConfirmation(
            settings.Confirmation == ConfirmationPolicy.CoordinatorApproves ? null : other,
            settings.Confirmation == ConfirmationPolicy.AcceptedAfterDays ? now.AddDays(settings.AcceptAfterDays) : null);
        await db.SaveChangesAsync(cancellationToken);
        if (exchange.AwaitingId is { } awaiting)
        {
            var people = await NamesAndContactsAsync(db, [actorId, awaiting], cancellationToken);
            var reader = people[awaiting];
            Tell(work, reader, actorId == details.GiverId ? NotificationTemplate.ExchangeGivenToConfirm : NotificationTemplate.ExchangeReceivedToConfirm,
                people[actorId].Profile.Name, amount, description,
                links.LinkTo(reader.Profile.Language.Culture(), $"/timebank/{organisationId}/exchanges/{exchange.Id}"));
        }

        return Result<Exchange>.Success(exchange);
    }

    /// <summary>
    /// The kind of help an exchange was: the one chosen, which must be the installation's or this timebank's, or else
    /// that of the post it came from, which must be one of the two members' in this timebank. Problems join <paramref name="errors"/>.
    /// </summary>
    private static async Task<Guid?> WhatKindAsync(CoproduceDbContext db, Guid organisationId, ExchangeDetails details, List<FieldError> errors,
        CancellationToken cancellationToken)
    {
        if (details.CategoryId is { } chosen
            && !await db.TimebankCategories.AnyAsync(c => c.Id == chosen && (c.OrganisationId == null || c.OrganisationId == organisationId), cancellationToken))
        {
            errors.Add(new FieldError(nameof(ExchangeDetails.CategoryId), "Timebank.UnknownCategory"));
        }

        if (details.PostId is not { } postId)
        {
            return details.CategoryId;
        }

        var post = await db.TimebankPosts.AsNoTracking().Where(p => p.Id == postId && p.OrganisationId == organisationId)
            .Select(p => new { p.AuthorId, p.CategoryId }).SingleOrDefaultAsync(cancellationToken);
        if (post is null || (post.AuthorId != details.GiverId && post.AuthorId != details.ReceiverId))
        {
            errors.Add(new FieldError(nameof(ExchangeDetails.PostId), "Timebank.NotTheirPost"));
            return null;
        }

        return details.CategoryId ?? post.CategoryId;
    }

    /// <summary>The pending exchange <paramref name="actorId"/> may decide, or why not.</summary>
    private static async Task<(Exchange? Exchange, FieldError? Refusal)> DecidableAsync(UnitOfWork work, Guid actorId, Guid exchangeId,
        CancellationToken cancellationToken)
    {
        var exchange = await work.Db.TimebankExchanges.SingleOrDefaultAsync(e => e.Id == exchangeId, cancellationToken);
        if (exchange is null)
        {
            return (null, new FieldError(string.Empty, "Timebank.UnknownExchange"));
        }

        var coordinates = await TimebankAccess.CoordinatesAsync(work.Db, actorId, exchange.OrganisationId, cancellationToken);
        var isOneOfTheTwo = actorId == exchange.GiverId || actorId == exchange.ReceiverId;
        if (!coordinates && !isOneOfTheTwo)
        {
            // Someone guessing an id learns nothing: the same words as for an exchange that isn't there.
            return (null, new FieldError(string.Empty, "Timebank.UnknownExchange"));
        }

        // One of the two decides only when asked to: a coordinator can't confirm their own exchange.
        var mayDecide = isOneOfTheTwo ? actorId == exchange.AwaitingId : coordinates;
        var refusal = exchange.Status != ExchangeStatus.Pending ? new FieldError(string.Empty, "Timebank.AlreadyDecided")
            : !mayDecide ? new FieldError(string.Empty, "Timebank.NotYoursToConfirm")
            : await PeopleService.RefuseIfSuspendedAsync(work, exchange.OrganisationId, cancellationToken);
        return refusal is null ? (exchange, null) : (null, refusal);
    }

    /// <summary>Moves the hours and marks the exchange confirmed, in <paramref name="work"/>; both members are told, with their balance.</summary>
    private async Task<Result<Exchange>> ConfirmInAsync(UnitOfWork work, Exchange exchange, Guid? deciderId, CancellationToken cancellationToken)
    {
        var db = work.Db;
        var settings = await TimebankAccounts.SettingsAsync(db, exchange.OrganisationId, cancellationToken);
        var people = await NamesAndContactsAsync(db, [exchange.GiverId, exchange.ReceiverId], cancellationToken);
        var (giver, receiver) = (people[exchange.GiverId], people[exchange.ReceiverId]);
        var giverAccount = await TimebankAccounts.AccountOfAsync(work, ledger, settings, giver.Id, giver.Profile.Name, cancellationToken);
        var receiverAccount = await TimebankAccounts.AccountOfAsync(work, ledger, settings, receiver.Id, receiver.Profile.Name, cancellationToken);
        // Noon on the day, in the UK; today's exchange, recorded in the morning, happened when it was recorded. Every part
        // of the transfer comes from the exchange, not from who confirms it or when: two servers confirming at once post
        // the same transfer, so the second finds the first by its key instead of a clash.
        var noonLocal = exchange.OccurredOn.ToDateTime(new TimeOnly(12, 0));
        var noon = new DateTimeOffset(noonLocal, UkTime.Zone.GetUtcOffset(noonLocal));
        var posted = await ledger.PostAsync(work, new TransferRequest
        {
            FromAccountId = receiverAccount,
            ToAccountId = giverAccount,
            Amount = exchange.Amount,
            Kind = TransferKind.Exchange,
            Description = exchange.Description,
            IdempotencyKey = $"exchange:{exchange.Id:N}",
            RecordedById = exchange.RecordedById,
            OnBehalfOfId = exchange.RecordedOnBehalf ? exchange.ReceiverId : null,
            OccurredAt = noon < exchange.RecordedAt ? noon : exchange.RecordedAt,
        }, cancellationToken);
        if (!posted.Succeeded)
        {
            return Result<Exchange>.Refused(posted.Errors);
        }

        if (posted.AlreadyPosted)
        {
            // Another server confirmed it a moment ago (this act read it as pending before that committed).
            return Result<Exchange>.Refused(new FieldError(string.Empty, "Timebank.AlreadyDecided"));
        }

        exchange.Confirm(deciderId, clock.GetUtcNow(), posted.Transfer.Id);
        await db.SaveChangesAsync(cancellationToken);
        if (settings.LimitGrowsEveryHours is not null)
        {
            // Giving earns room to be helped: the giver's limit grows with every hour confirmed, in this act.
            var given = await db.TimebankExchanges
                .Where(e => e.OrganisationId == exchange.OrganisationId && e.GiverId == exchange.GiverId && e.Status == ExchangeStatus.Confirmed)
                .SumAsync(e => (long)e.Minutes, cancellationToken);
            await LedgerService.ChangeMemberMinimumAsync(work, exchange.GiverId, exchange.OrganisationId, settings.MinimumBalanceMinutesFor(given),
                cancellationToken);
        }

        foreach (var (member, other, account) in new[] { (giver, receiver, giverAccount), (receiver, giver, receiverAccount) })
        {
            Tell(work, member, NotificationTemplate.ExchangeConfirmed, other.Profile.Name, exchange.Amount, exchange.Description,
                await LedgerService.BalanceOfAsync(work, account, cancellationToken));
        }

        return Result<Exchange>.Success(exchange);
    }

    /// <summary>The checked amount, day and description, or every problem with them at once.</summary>
    internal ((Hours Amount, DateOnly OccurredOn, string Description)? Details, List<FieldError> Errors) Check(ExchangeDetails details)
    {
        var errors = new List<FieldError>();
        if (details.GiverId == Guid.Empty)
        {
            errors.Add(new FieldError(nameof(details.GiverId), "Timebank.GiverRequired"));
        }

        if (details.ReceiverId == Guid.Empty)
        {
            errors.Add(new FieldError(nameof(details.ReceiverId), "Timebank.ReceiverRequired"));
        }
        else if (details.ReceiverId == details.GiverId)
        {
            errors.Add(new FieldError(nameof(details.ReceiverId), "Timebank.WithYourself"));
        }

        if (!Hours.TryParse(details.Hours, nameof(details.Hours), out var amount, out var hoursError))
        {
            errors.Add(hoursError);
        }
        else if (amount.Minutes > MaximumMinutes)
        {
            errors.Add(new FieldError(nameof(details.Hours), "Timebank.MoreThanADay"));
        }

        var today = UkTime.Today(clock);
        var occurredOn = default(DateOnly);
        if (string.IsNullOrWhiteSpace(details.OccurredOn))
        {
            errors.Add(new FieldError(nameof(details.OccurredOn), "Timebank.DateRequired"));
        }
        else if (!DateOnly.TryParseExact(details.OccurredOn.Trim(), "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out occurredOn))
        {
            errors.Add(new FieldError(nameof(details.OccurredOn), "Timebank.DateUnreadable"));
        }
        else if (occurredOn > today)
        {
            errors.Add(new FieldError(nameof(details.OccurredOn), "Timebank.DateInFuture"));
        }
        else if (occurredOn < today.AddYears(-1))
        {
            errors.Add(new FieldError(nameof(details.OccurredOn), "Timebank.DateTooOld"));
        }

        var description = TextRules.Required(nameof(details.Description), details.Description, MaximumDescriptionLength,
            "Timebank.DescriptionRequired", "Timebank.DescriptionTooLong", errors, TextKind.MultiLine);
        return errors.Count > 0 ? (null, errors) : ((amount, occurredOn, description!), errors);
    }

    /// <summary>A refusal for each of the two who is not an active member of the timebank.</summary>
    private static async Task<IEnumerable<FieldError>> NotMembersAsync(CoproduceDbContext db, Guid organisationId, ExchangeDetails details,
        CancellationToken cancellationToken)
    {
        var ids = new[] { details.GiverId, details.ReceiverId }.Where(id => id != Guid.Empty).Distinct().ToList();
        var members = await db.Memberships.Where(m => m.OrganisationId == organisationId && ids.Contains(m.PersonId)
                && m.Role == OrganisationRole.Member && m.Status == MembershipStatus.Active)
            .Select(m => m.PersonId).ToListAsync(cancellationToken);
        return new[] { (Id: details.GiverId, Field: nameof(details.GiverId)), (Id: details.ReceiverId, Field: nameof(details.ReceiverId)) }
            .Where(side => side.Id != Guid.Empty && !members.Contains(side.Id))
            .Select(side => new FieldError(side.Field, "Timebank.NotAMember"));
    }

    private static async Task<Dictionary<Guid, Person>> NamesAndContactsAsync(CoproduceDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
    }

    /// <summary>Emails the person in their language, if they have an address: many members are told by a coordinator instead.</summary>
    private void Tell(UnitOfWork work, Person person, NotificationTemplate template, params object[] rest)
    {
        if (person.Profile.Email is { } email)
        {
            outbox.EnqueueEmail(work, email, person.Id, person.Profile.Language.Culture(), template, [person.Profile.Name, .. rest], person.IsDemo);
        }
    }
}
