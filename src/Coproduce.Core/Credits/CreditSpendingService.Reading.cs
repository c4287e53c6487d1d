using Coproduce.Core.Common;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Credits;

/// <summary>What the member's, the counter's and the partner's pages read.</summary>
public sealed partial class CreditSpendingService
{
    /// <summary>The most lines on a partner's activity.</summary>
    public const int MaximumActivityListed = 100;

    /// <summary>The member's credits in the network: zero before they first earn.</summary>
    public Task<Balance> BalanceAsync(Guid personId, Guid networkId, CancellationToken cancellationToken = default) =>
        ledger.BalanceHeldAtAsync(personId, networkId, cancellationToken);

    /// <summary>The member's code in the network, made the first time it is asked for (to show on a phone or print on a card).</summary>
    public Task<Result<MemberCard>> CardAsync(Guid personId, Guid networkId, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var card = await work.Db.MemberCards.AsNoTracking().SingleOrDefaultAsync(c => c.NetworkId == networkId && c.PersonId == personId, token);
            if (card is not null)
            {
                return Result<MemberCard>.Success(card);
            }

            if (!await CreditAccess.IsMemberAsync(work.Db, personId, networkId, token))
            {
                return Result<MemberCard>.Refused(new FieldError(string.Empty, "Credits.NotAMember"));
            }

            string code;
            do
            {
                code = CreditCodes.NewMemberCode();
            }
            while (await work.Db.MemberCards.AnyAsync(c => c.Code == code, token));

            card = new MemberCard(networkId, personId, code, clock.GetUtcNow());
            work.Db.MemberCards.Add(card);
            await work.Db.SaveChangesAsync(token);
            return Result<MemberCard>.Success(card);
        }, cancellationToken);

    /// <summary>The offers taken today in the network (or at one partner), by partner and title, with each partner's name.</summary>
    public async Task<IReadOnlyList<OfferView>> OffersAsync(Guid networkId, Guid? partnerId = null, CancellationToken cancellationToken = default)
    {
        var today = UkTime.Today(clock);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var offers = await (from o in db.CreditOffers.AsNoTracking()
                            join p in db.Organisations.AsNoTracking() on o.PartnerId equals p.Id
                            where o.NetworkId == networkId && (partnerId == null || o.PartnerId == partnerId) && (o.EndsOn == null || o.EndsOn >= today)
                            select new OfferView(o, p.Name, p.NameWelsh))
            .ToListAsync(cancellationToken);
        return [.. offers.OrderBy(o => o.Partner, StringComparer.CurrentCulture).ThenBy(o => o.Offer.Title, StringComparer.CurrentCulture)];
    }

    /// <summary>One offer, ended or not; none for an id that is no offer.</summary>
    public async Task<CreditOffer?> FindOfferAsync(Guid offerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CreditOffers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == offerId, cancellationToken);
    }

    /// <summary>The causes a member can give credits to: the network's earn partners.</summary>
    public async Task<IReadOnlyList<NetworkMember>> CausesAsync(Guid networkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var causes = await (from p in db.CreditPartners.AsNoTracking()
                            join o in db.Organisations.AsNoTracking() on p.OrganisationId equals o.Id
                            where p.NetworkId == networkId && p.Earns
                            select new NetworkMember(o.Id, o.Name))
            .ToListAsync(cancellationToken);
        return [.. causes.OrderBy(c => c.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>
    /// What a partner accepted, newest first (at most <see cref="MaximumActivityListed"/>), and its totals: for its
    /// counter and its staff, never for members. Each line names the offer, or the note handed in.
    /// </summary>
    public async Task<PartnerActivity> ActivityAtAsync(Guid partnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lines = await (from r in db.CreditRedemptions.AsNoTracking()
                           join o in db.CreditOffers.AsNoTracking() on r.OfferId equals o.Id into offers
                           from o in offers.DefaultIfEmpty()
                           join n in db.CreditNotes.AsNoTracking() on r.NoteId equals n.Id into notes
                           from n in notes.DefaultIfEmpty()
                           where r.PartnerId == partnerId
                           orderby r.RecordedAt descending
                           select new RedemptionLine(r, o == null ? null : o.Title, n == null ? null : n.Serial))
            .Take(MaximumActivityListed).ToListAsync(cancellationToken);
        var total = await db.CreditRedemptions.Where(r => r.PartnerId == partnerId).SumAsync(r => (int?)r.Credits, cancellationToken) ?? 0;
        var people = await db.CreditRedemptions.Where(r => r.PartnerId == partnerId).SumAsync(r => (int?)(r.Adults + r.Children), cancellationToken) ?? 0;
        return new PartnerActivity(lines, total, people);
    }
}

/// <summary>An offer with its partner's name.</summary>
public sealed record OfferView(CreditOffer Offer, string Partner, string? PartnerWelsh)
{
    /// <summary>The partner's name in the reader's language.</summary>
    public string PartnerIn(Language language) => language == Language.Welsh && PartnerWelsh is not null ? PartnerWelsh : Partner;
}

/// <summary>One line of a partner's activity.</summary>
/// <param name="Redemption">What was accepted.</param>
/// <param name="Offer">The offer's title, for a spend.</param>
/// <param name="NoteSerial">The note's serial, for a note.</param>
public sealed record RedemptionLine(CreditRedemption Redemption, string? Offer, string? NoteSerial);

/// <summary>A partner's activity: the latest lines and the totals of all.</summary>
public sealed record PartnerActivity(IReadOnlyList<RedemptionLine> Lines, int Credits, int People);
