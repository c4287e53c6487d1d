using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.Notifications;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Credits;

/// <summary>
/// What people earn credits for, and the register that awards them. Taking a register is one act: a row per person,
/// the ledger transfers and a message to each person commit together, or nothing does.
/// </summary>
public sealed partial class CreditActivityService(
    IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, LedgerService ledger, Outbox outbox, TimeProvider clock)
{
    /// <summary>The longest title or restriction kept.</summary>
    public const int MaximumTextLength = 200;

    /// <summary>The most credits one person earns for one session: a day's volunteering.</summary>
    public const int MaximumCreditsPerSession = 12;

    /// <summary>The most people on one register.</summary>
    public const int MaximumRegisterSize = 200;

    /// <summary>How far back a register can be entered from paper.</summary>
    public const int MaximumDaysBack = 366;

    /// <summary>
    /// Sets up an activity, run by the network or one of its earn partners. A coordinator of the network may, or a
    /// coordinator of the partner that runs it.
    /// </summary>
    public Task<Result<CreditActivity>> CreateAsync(Guid actorId, Guid networkId, ActivityInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return units.RunAsync(async (work, token) =>
        {
            if (await CreditAccess.RefuseUnlessOpenNetworkAsync(work, networkId, token) is { } closed)
            {
                return Result<CreditActivity>.Refused(closed);
            }

            var runBy = input.RunById ?? networkId;
            var errors = new List<FieldError>();
            if (runBy != networkId && !await work.Db.CreditPartners.AnyAsync(p => p.NetworkId == networkId && p.OrganisationId == runBy && p.Earns, token))
            {
                errors.Add(new FieldError("RunBy", "Credits.NotAnEarnPartner"));
            }
            else if (!await CreditAccess.CoordinatesAsync(work.Db, actorId, networkId, token) && !await CreditAccess.CoordinatesAsync(work.Db, actorId, runBy, token))
            {
                return Result<CreditActivity>.Refused(new FieldError(string.Empty, "Credits.NotCoordinator"));
            }

            var title = TextRules.Required("Title", input.Title, MaximumTextLength, "Credits.TitleRequired", "Credits.TooLong", errors);
            var titleWelsh = CreditInput.Optional("TitleWelsh", input.TitleWelsh, MaximumTextLength, errors);
            var credits = CreditInput.Whole("Credits", input.Credits, 1, MaximumCreditsPerSession, errors);
            var restrictions = CreditInput.Optional("Restrictions", input.Restrictions, MaximumTextLength, errors);
            if (errors.Count > 0)
            {
                return Result<CreditActivity>.Refused(errors);
            }

            var activity = new CreditActivity(Guid.CreateVersion7(clock.GetUtcNow()), networkId, runBy, title!, titleWelsh, credits!.Value,
                restrictions, actorId, clock.GetUtcNow());
            work.Db.CreditActivities.Add(activity);
            await work.Db.SaveChangesAsync(token);
            return Result<CreditActivity>.Success(activity);
        }, cancellationToken);
    }

    /// <summary>
    /// Takes a session's register: each person ticked earns the activity's credits (or the number given for this
    /// session), from the network's issuing account or the running partner's bank, and is told in their language.
    /// Refused, changing nothing, for anyone not a member of the network, anyone already awarded for the session, a
    /// session in the future, and a bank that can't cover everyone.
    /// </summary>
    public Task<Result<AwardOutcome>> AwardAsync(Guid actorId, Guid activityId, AwardInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return units.RunAsync(async (work, token) =>
        {
            var activity = await work.Db.CreditActivities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId, token);
            if (activity is null)
            {
                return Result<AwardOutcome>.Refused(new FieldError(string.Empty, "Credits.UnknownActivity"));
            }

            if (!await CreditAccess.CoordinatesAsync(work.Db, actorId, activity.NetworkId, token)
                && !await CreditAccess.CoordinatesAsync(work.Db, actorId, activity.RunById, token))
            {
                return Result<AwardOutcome>.Refused(new FieldError(string.Empty, "Credits.NotCoordinator"));
            }

            if (await CreditAccess.RefuseUnlessOpenNetworkAsync(work, activity.NetworkId, token) is { } closed)
            {
                return Result<AwardOutcome>.Refused(closed);
            }

            var (session, credits, people, errors) = await CheckRegisterAsync(work, activity, input, token);
            if (errors.Count > 0)
            {
                return Result<AwardOutcome>.Refused(errors);
            }

            return await AwardInAsync(work, activity, session, credits, people, actorId, token);
        }, cancellationToken);
    }

    private async Task<(DateOnly Session, int Credits, IReadOnlyList<Person> People, List<FieldError> Errors)> CheckRegisterAsync(UnitOfWork work,
        CreditActivity activity, AwardInput input, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var session = CreditInput.Day("SessionOn", input.SessionOn, "Credits.SessionRequired", errors);
        var today = UkTime.Today(clock);
        if (session > today)
        {
            errors.Add(new FieldError("SessionOn", "Credits.SessionInFuture"));
        }
        else if (session < today.AddDays(-MaximumDaysBack))
        {
            errors.Add(new FieldError("SessionOn", "Credits.SessionTooOld", MaximumDaysBack));
        }

        var credits = CreditInput.WholeOr("Credits", input.Credits, activity.CreditsPerSession, 1, MaximumCreditsPerSession, errors);
        var ids = input.PersonIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            errors.Add(new FieldError("People", "Credits.NobodyTicked"));
        }
        else if (ids.Count > MaximumRegisterSize)
        {
            errors.Add(new FieldError("People", "Credits.RegisterTooLong", MaximumRegisterSize));
        }

        if (errors.Count > 0)
        {
            return (default, 0, [], errors);
        }

        var people = await (from m in work.Db.Memberships
                            join p in work.Db.People on m.PersonId equals p.Id
                            where m.OrganisationId == activity.NetworkId && m.Role == OrganisationRole.Member && m.Status == MembershipStatus.Active
                                  && ids.Contains(p.Id)
                            select p).AsNoTracking().ToListAsync(cancellationToken);
        if (people.Count < ids.Count)
        {
            errors.Add(new FieldError("People", "Credits.NotAMember"));
        }

        var already = await (from a in work.Db.CreditAwards
                             join p in work.Db.People on a.PersonId equals p.Id
                             where a.ActivityId == activity.Id && a.SessionOn == session && ids.Contains(a.PersonId)
                             select p.Profile.Name).ToListAsync(cancellationToken);
        if (already.Count > 0)
        {
            errors.Add(new FieldError("People", "Credits.AlreadyAwarded", string.Join(", ", already.Order(StringComparer.CurrentCulture)),
                session!.Value));
        }

        return (session!.Value, credits!.Value, people, errors);
    }

    private async Task<Result<AwardOutcome>> AwardInAsync(UnitOfWork work, CreditActivity activity, DateOnly session, int credits,
        IReadOnlyList<Person> people, Guid actorId, CancellationToken cancellationToken)
    {
        var source = activity.RunById == activity.NetworkId
            ? await CreditAccounts.IssuingAsync(work, ledger, activity.NetworkId, cancellationToken)
            : await work.Db.CreditPartners.Where(p => p.NetworkId == activity.NetworkId && p.OrganisationId == activity.RunById)
                .Select(p => p.AccountId).SingleAsync(cancellationToken);
        var bank = await LedgerService.BalanceOfAsync(work, source, cancellationToken);
        var needed = credits * people.Count;
        if (activity.RunById != activity.NetworkId && bank.Minutes < needed * 60L)
        {
            return Result<AwardOutcome>.Refused(new FieldError("People", "Credits.BankTooLow", bank.Minutes / 60, needed));
        }

        var network = await work.Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == activity.NetworkId, cancellationToken);
        var day = session.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var now = clock.GetUtcNow();
        foreach (var person in people)
        {
            var account = await CreditAccounts.MemberAccountAsync(work, ledger, activity.NetworkId, person.Id, cancellationToken);
            var posted = await ledger.PostAsync(work, new TransferRequest
            {
                FromAccountId = source,
                ToAccountId = account,
                Amount = CreditAccounts.Amount(credits),
                Kind = TransferKind.Award,
                Description = $"{activity.Title}, {day}",
                // Once per person per session, whichever coordinator or server records it.
                IdempotencyKey = $"award:{activity.Id:N}:{day}:{person.Id:N}",
                RecordedById = actorId,
                OnBehalfOfId = person.Id,
            }, cancellationToken);
            if (!posted.Succeeded)
            {
                return Result<AwardOutcome>.Refused(posted.Errors);
            }

            work.Db.CreditAwards.Add(new CreditAward(Guid.CreateVersion7(now), activity.Id, person.Id, session, credits, posted.Transfer.Id, actorId, now));
            if (person.Profile.Email is { } email)
            {
                var language = person.Profile.Language;
                outbox.EnqueueEmail(work, email, person.Id, language.Culture(), NotificationTemplate.CreditsAwarded,
                    [person.Profile.Name, credits, activity.TitleIn(language), network.NameIn(language),
                        (await LedgerService.BalanceOfAsync(work, account, cancellationToken)).Minutes / 60],
                    person.IsDemo);
            }
        }

        await work.Db.SaveChangesAsync(cancellationToken);
        return Result<AwardOutcome>.Success(new AwardOutcome(people.Count, needed));
    }
}

/// <summary>An activity as a form sends it.</summary>
/// <param name="RunById">The earn partner that runs it; none when the network runs it itself.</param>
/// <param name="Title">Its name.</param>
/// <param name="TitleWelsh">Its name in Welsh, if given.</param>
/// <param name="Credits">Credits per person per session.</param>
/// <param name="Restrictions">Who may take part.</param>
public sealed record ActivityInput(Guid? RunById, string? Title, string? TitleWelsh, string? Credits, string? Restrictions);

/// <summary>A register as a form sends it.</summary>
/// <param name="SessionOn">The day of the session, <c>yyyy-M-d</c>.</param>
/// <param name="PersonIds">Who was there.</param>
/// <param name="Credits">Credits each for this session; blank for the activity's own number.</param>
public sealed record AwardInput(string? SessionOn, IReadOnlyList<Guid> PersonIds, string? Credits = null);

/// <summary>What a register awarded.</summary>
/// <param name="People">How many people earned credits.</param>
/// <param name="Credits">How many credits in all.</param>
public sealed record AwardOutcome(int People, int Credits);
