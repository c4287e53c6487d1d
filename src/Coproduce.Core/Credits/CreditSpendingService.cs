using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.Notifications;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Credits;

/// <summary>
/// Spending and giving credits: what partners offer, a member's spend at a counter, and a gift to another member or
/// to a cause. The credits move at once, in the act that records why.
/// </summary>
public sealed partial class CreditSpendingService(
    IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, LedgerService ledger, Outbox outbox, TimeProvider clock)
{
    /// <summary>The longest title, restriction or note kept.</summary>
    public const int MaximumTextLength = 200;

    /// <summary>The highest price of an offer, per person.</summary>
    public const int MaximumPrice = 50;

    /// <summary>The most of each kind of person in one party.</summary>
    public const int MaximumParty = 20;

    /// <summary>
    /// Adds an offer a spend partner accepts credits for. A coordinator of the partner may, or of the network.
    /// </summary>
    public Task<Result<CreditOffer>> CreateOfferAsync(Guid actorId, Guid networkId, Guid partnerId, OfferInput input,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return units.RunAsync(async (work, token) =>
        {
            var refusal = !await CreditAccess.CoordinatesAsync(work.Db, actorId, partnerId, token) && !await CreditAccess.CoordinatesAsync(work.Db, actorId, networkId, token)
                ? new FieldError(string.Empty, "Credits.NotCoordinator")
                : await CreditAccess.RefuseUnlessOpenNetworkAsync(work, networkId, token)
                  ?? (await work.Db.CreditPartners.AnyAsync(p => p.NetworkId == networkId && p.OrganisationId == partnerId && p.Accepts, token)
                      ? null : new FieldError(string.Empty, "Credits.NotASpendPartner"));
            if (refusal is not null)
            {
                return Result<CreditOffer>.Refused(refusal);
            }

            var errors = new List<FieldError>();
            var title = TextRules.Required("Title", input.Title, MaximumTextLength, "Credits.TitleRequired", "Credits.TooLong", errors);
            var titleWelsh = CreditInput.Optional("TitleWelsh", input.TitleWelsh, MaximumTextLength, errors);
            var adult = CreditInput.Whole("AdultPrice", input.AdultPrice, 1, MaximumPrice, errors);
            var child = CreditInput.WholeOr("ChildPrice", input.ChildPrice, adult ?? 1, 0, MaximumPrice, errors);
            var places = string.IsNullOrWhiteSpace(input.DailyPlaces) ? null : CreditInput.Whole("DailyPlaces", input.DailyPlaces, 1, 10_000, errors);
            var restrictions = CreditInput.Optional("Restrictions", input.Restrictions, MaximumTextLength, errors);
            DateOnly? endsOn = string.IsNullOrWhiteSpace(input.EndsOn) ? null : CreditInput.Day("EndsOn", input.EndsOn, "Credits.NotADate", errors);
            if (endsOn < UkTime.Today(clock))
            {
                errors.Add(new FieldError("EndsOn", "Credits.EndsInPast"));
            }

            if (errors.Count > 0)
            {
                return Result<CreditOffer>.Refused(errors);
            }

            var offer = new CreditOffer(Guid.CreateVersion7(clock.GetUtcNow()), networkId, partnerId,
                new OfferDetails(title!, titleWelsh, adult!.Value, child!.Value, places, restrictions, endsOn), actorId, clock.GetUtcNow());
            work.Db.CreditOffers.Add(offer);
            await work.Db.SaveChangesAsync(token);
            return Result<CreditOffer>.Success(offer);
        }, cancellationToken);
    }

    /// <summary>
    /// A member spends credits on an offer at the partner's counter: found by the code on their phone or card, or
    /// chosen by a coordinator who knows them. The credits move at once. Refused, changing nothing, for an offer that
    /// ended or is full today, an unknown code, a party of nobody, and more than the member holds.
    /// </summary>
    public Task<Result<CreditRedemption>> SpendAsync(CounterActor actor, Guid offerId, SpendInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        return units.RunAsync(async (work, token) =>
        {
            var offer = await work.Db.CreditOffers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == offerId, token);
            if (offer is null)
            {
                return Result<CreditRedemption>.Refused(new FieldError("Offer", "Credits.OfferRequired"));
            }

            var refusal = !await AtCounterAsync(work.Db, actor, offer.PartnerId, offer.NetworkId, token)
                ? new FieldError(string.Empty, "Credits.NotAtThisCounter")
                : await CreditAccess.RefuseUnlessOpenNetworkAsync(work, offer.NetworkId, token);
            if (refusal is not null)
            {
                return Result<CreditRedemption>.Refused(refusal);
            }

            var errors = new List<FieldError>();
            var today = UkTime.Today(clock);
            if (!offer.IsOpenOn(today))
            {
                errors.Add(new FieldError("Offer", "Credits.OfferEnded", offer.Title));
            }

            var member = await MemberAsync(work.Db, offer.NetworkId, input, errors, token);
            var adults = CreditInput.WholeOr("Adults", input.Adults, 0, 0, MaximumParty, errors);
            var children = CreditInput.WholeOr("Children", input.Children, 0, 0, MaximumParty, errors);
            if (adults + children == 0)
            {
                errors.Add(new FieldError("Adults", "Credits.NobodyInParty"));
            }

            if (errors.Count > 0)
            {
                return Result<CreditRedemption>.Refused(errors);
            }

            return await SpendInAsync(work, actor, offer, member!, input.MemberId is null, adults!.Value, children!.Value, today, token);
        }, cancellationToken);
    }

    /// <summary>
    /// A member gives credits to another member (found by their code) or to a cause (an earn partner, whose bank
    /// they join). A coordinator may record it for them. Refused, changing nothing, for more than they hold and for themselves.
    /// </summary>
    public Task<Result<Transfer>> GiveAsync(Guid actorId, Guid networkId, GiftInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return units.RunAsync(async (work, token) =>
        {
            var refusal = actorId != input.FromId && !await CreditAccess.CoordinatesAsync(work.Db, actorId, networkId, token)
                ? new FieldError(string.Empty, "Credits.NotYourGift")
                : await CreditAccess.RefuseUnlessOpenNetworkAsync(work, networkId, token)
                  ?? (await CreditAccess.IsMemberAsync(work.Db, input.FromId, networkId, token) ? null : new FieldError(string.Empty, "Credits.NotAMember"));
            if (refusal is not null)
            {
                return Result<Transfer>.Refused(refusal);
            }

            var errors = new List<FieldError>();
            var credits = CreditInput.Whole("Credits", input.Credits, 1, 1000, errors);
            var note = CreditInput.Optional("Note", input.Note, MaximumTextLength, errors, TextKind.MultiLine);
            var (to, toPerson) = await RecipientAsync(work, networkId, input, errors, token);
            if (errors.Count > 0)
            {
                return Result<Transfer>.Refused(errors);
            }

            var from = await CreditAccounts.MemberAccountAsync(work, ledger, networkId, input.FromId, token);
            var held = await LedgerService.BalanceOfAsync(work, from, token);
            if (held.Minutes < credits!.Value * 60L)
            {
                return Result<Transfer>.Refused(new FieldError("Credits", "Credits.GiftMoreThanHeld", held.Minutes / 60));
            }

            var giver = await work.Db.People.AsNoTracking().SingleAsync(p => p.Id == input.FromId, token);
            var posted = await ledger.PostAsync(work, new TransferRequest
            {
                FromAccountId = from,
                ToAccountId = to,
                Amount = CreditAccounts.Amount(credits.Value),
                Kind = TransferKind.Donation,
                Description = note ?? "A gift of time credits",
                // Each gift is its own: a form sent twice is stopped by the page, not by the key.
                IdempotencyKey = $"gift:{Guid.CreateVersion7():N}",
                RecordedById = actorId,
                OnBehalfOfId = actorId == input.FromId ? null : input.FromId,
            }, token);
            if (!posted.Succeeded)
            {
                return Result<Transfer>.Refused(posted.Errors);
            }

            if (toPerson?.Profile.Email is { } email)
            {
                outbox.EnqueueEmail(work, email, toPerson.Id, toPerson.Profile.Language.Culture(), NotificationTemplate.CreditsGiven,
                    [toPerson.Profile.Name, credits.Value, giver.Profile.Name, note ?? string.Empty, (await LedgerService.BalanceOfAsync(work, to, token)).Minutes / 60],
                    toPerson.IsDemo);
            }

            return Result<Transfer>.Success(posted.Transfer);
        }, cancellationToken);
    }

    /// <summary>Whether the actor may take credits at the partner's counter: its shared sign-in, its staff, or the network's coordinators.</summary>
    internal static async Task<bool> AtCounterAsync(CoproduceDbContext db, CounterActor actor, Guid partnerId, Guid networkId, CancellationToken cancellationToken) =>
        actor.CounterOfId == partnerId
        || (actor.PersonId is { } person
            && (await CreditAccess.CoordinatesAsync(db, person, partnerId, cancellationToken) || await CreditAccess.CoordinatesAsync(db, person, networkId, cancellationToken)));

    private async Task<Result<CreditRedemption>> SpendInAsync(UnitOfWork work, CounterActor actor, CreditOffer offer, Person member, bool byCode,
        int adults, int children, DateOnly today, CancellationToken cancellationToken)
    {
        var price = offer.PriceFor(adults, children);
        if (price == 0)
        {
            return Result<CreditRedemption>.Refused(new FieldError("Adults", "Credits.NothingToPay"));
        }

        if (offer.DailyPlaces is { } places)
        {
            // Two counters selling the last places at once on PostgreSQL queue on the offer's row; SQLite has one writer anyway.
            if (work.Db.Database.IsNpgsql())
            {
                await work.Db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"CreditOffers\" WHERE \"Id\" = {offer.Id} FOR UPDATE", cancellationToken);
            }

            var taken = await work.Db.CreditRedemptions.Where(r => r.OfferId == offer.Id && r.UsedOn == today)
                .SumAsync(r => (int?)(r.Adults + r.Children), cancellationToken) ?? 0;
            if (taken + adults + children > places)
            {
                return Result<CreditRedemption>.Refused(new FieldError("Adults", "Credits.OfferFull", Math.Max(0, places - taken)));
            }
        }

        var account = await CreditAccounts.MemberAccountAsync(work, ledger, offer.NetworkId, member.Id, cancellationToken);
        var held = await LedgerService.BalanceOfAsync(work, account, cancellationToken);
        if (held.Minutes < price * 60L)
        {
            return Result<CreditRedemption>.Refused(new FieldError("Member", "Credits.NotEnoughCredits", held.Minutes / 60, price));
        }

        var partner = await work.Db.CreditPartners.AsNoTracking().SingleAsync(p => p.NetworkId == offer.NetworkId && p.OrganisationId == offer.PartnerId, cancellationToken);
        var posted = await ledger.PostAsync(work, new TransferRequest
        {
            FromAccountId = account,
            ToAccountId = partner.AccountId,
            Amount = CreditAccounts.Amount(price),
            Kind = TransferKind.Spend,
            Description = adults + children == 1 ? offer.Title : $"{offer.Title} ({adults} + {children})",
            IdempotencyKey = $"spend:{Guid.CreateVersion7():N}",
            RecordedById = actor.PersonId,
            OnBehalfOfId = member.Id,
        }, cancellationToken);
        if (!posted.Succeeded)
        {
            return Result<CreditRedemption>.Refused(posted.Errors);
        }

        var redemption = new CreditRedemption(Guid.CreateVersion7(clock.GetUtcNow()), offer.NetworkId, offer.PartnerId, offer.Id, member.Id, null,
            byCode ? RedemptionMethod.MemberCode : RedemptionMethod.RecordedForMember, today, adults, children, price, posted.Transfer.Id,
            actor.PersonId, clock.GetUtcNow());
        work.Db.CreditRedemptions.Add(redemption);
        await work.Db.SaveChangesAsync(cancellationToken);
        return Result<CreditRedemption>.Success(redemption);
    }

    private static async Task<Person?> MemberAsync(CoproduceDbContext db, Guid networkId, SpendInput input, List<FieldError> errors, CancellationToken cancellationToken)
    {
        Guid? personId = input.MemberId;
        if (personId is null)
        {
            var code = CreditCodes.Normalise(input.MemberCode);
            if (code is null)
            {
                errors.Add(new FieldError("MemberCode", "Credits.MemberCodeRequired"));
                return null;
            }

            personId = await HolderOfAsync(db, networkId, code, cancellationToken);
        }

        var member = personId is null || !await CreditAccess.IsMemberAsync(db, personId.Value, networkId, cancellationToken)
            ? null
            : await db.People.AsNoTracking().SingleAsync(p => p.Id == personId, cancellationToken);
        if (member is null)
        {
            errors.Add(input.MemberId is null ? new FieldError("MemberCode", "Credits.UnknownMemberCode") : new FieldError("Member", "Credits.NotAMember"));
        }

        return member;
    }

    /// <summary>Whose member code <paramref name="code"/> (already tidied) is in the network; none for a code nobody has.</summary>
    private static Task<Guid?> HolderOfAsync(CoproduceDbContext db, Guid networkId, string code, CancellationToken cancellationToken) =>
        db.MemberCards.Where(c => c.NetworkId == networkId && c.Code == code).Select(c => (Guid?)c.PersonId).SingleOrDefaultAsync(cancellationToken);

    private async Task<(Guid Account, Person? Person)> RecipientAsync(UnitOfWork work, Guid networkId, GiftInput input, List<FieldError> errors,
        CancellationToken cancellationToken)
    {
        if (input.ToPartnerId is { } cause)
        {
            var bank = await work.Db.CreditPartners.Where(p => p.NetworkId == networkId && p.OrganisationId == cause && p.Earns)
                .Select(p => (Guid?)p.AccountId).SingleOrDefaultAsync(cancellationToken);
            if (bank is null)
            {
                errors.Add(new FieldError("Cause", "Credits.UnknownCause"));
            }

            return (bank ?? Guid.Empty, null);
        }

        var code = CreditCodes.Normalise(input.ToMemberCode);
        var personId = code is null ? null
            : await HolderOfAsync(work.Db, networkId, code, cancellationToken);
        if (personId is null || !await CreditAccess.IsMemberAsync(work.Db, personId.Value, networkId, cancellationToken))
        {
            errors.Add(new FieldError("ToMemberCode", code is null ? "Credits.RecipientRequired" : "Credits.UnknownMemberCode"));
            return (Guid.Empty, null);
        }

        if (personId == input.FromId)
        {
            errors.Add(new FieldError("ToMemberCode", "Credits.GiftToYourself"));
            return (Guid.Empty, null);
        }

        if (errors.Count > 0)
        {
            return (Guid.Empty, null);
        }

        var person = await work.Db.People.AsNoTracking().SingleAsync(p => p.Id == personId, cancellationToken);
        return (await CreditAccounts.MemberAccountAsync(work, ledger, networkId, person.Id, cancellationToken), person);
    }
}

/// <summary>An offer as a form sends it.</summary>
public sealed record OfferInput(string? Title, string? TitleWelsh, string? AdultPrice, string? ChildPrice, string? DailyPlaces, string? Restrictions,
    string? EndsOn);

/// <summary>A spend as the counter sends it: the member's code, or (for a coordinator) the member chosen.</summary>
public sealed record SpendInput(string? MemberCode, string? Adults, string? Children, Guid? MemberId = null);

/// <summary>A gift as a form sends it: to a member's code, or to a cause (an earn partner).</summary>
public sealed record GiftInput(Guid FromId, string? ToMemberCode, Guid? ToPartnerId, string? Credits, string? Note);
