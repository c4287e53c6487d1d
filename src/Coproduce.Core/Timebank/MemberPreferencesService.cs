using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Timebank;

/// <summary>
/// What a member chooses about themselves in a timebank: whether other members see their balance, and whom they
/// trust to record exchanges with them that need no confirming. The member chooses, or a coordinator for them; each
/// choice is refused, changing nothing, for anyone else, for someone who is not a member there and in a suspended timebank.
/// </summary>
public sealed class MemberPreferencesService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, LedgerService ledger, TimeProvider clock)
{
    /// <summary>How many people a member is offered to trust: those they exchanged with most lately.</summary>
    public const int MaximumExchangedWith = 50;

    /// <summary>Lets other members see the member's balance, or stops them.</summary>
    public Task<Result<bool>> ShowBalanceAsync(Guid actorId, Guid memberId, Guid organisationId, bool shows, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            if (await RefuseUnlessChoosableAsync(work, actorId, memberId, organisationId, token) is { } refusal)
            {
                return Result<bool>.Refused(refusal);
            }

            var preferences = await work.Db.TimebankMemberPreferences
                .SingleOrDefaultAsync(p => p.OrganisationId == organisationId && p.PersonId == memberId, token);
            if (preferences is null)
            {
                preferences = new MemberPreferences(organisationId, memberId);
                work.Db.TimebankMemberPreferences.Add(preferences);
            }

            preferences.ShowsBalance = shows;
            await work.Db.SaveChangesAsync(token);
            return Result<bool>.Success(shows);
        }, cancellationToken);

    /// <summary>
    /// The member trusts another member: what the other records with them from now on is confirmed at once. Trusting
    /// someone already trusted changes nothing and succeeds.
    /// </summary>
    public Task<Result<bool>> TrustAsync(Guid actorId, Guid memberId, Guid organisationId, Guid trustedId, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var refusal = await RefuseUnlessChoosableAsync(work, actorId, memberId, organisationId, token)
                ?? (trustedId == memberId ? new FieldError("TrustedId", "Timebank.TrustYourself")
                    : !await TimebankAccess.IsMemberAsync(work.Db, trustedId, organisationId, token) ? new FieldError("TrustedId", "Timebank.NotAMember")
                    : null);
            if (refusal is not null)
            {
                return Result<bool>.Refused(refusal);
            }

            if (!await work.Db.TimebankTrustedMembers.AnyAsync(t => t.OrganisationId == organisationId && t.PersonId == memberId && t.TrustedId == trustedId, token))
            {
                work.Db.TimebankTrustedMembers.Add(new TrustedMember(organisationId, memberId, trustedId, clock.GetUtcNow()));
                await work.Db.SaveChangesAsync(token);
            }

            return Result<bool>.Success(true);
        }, cancellationToken);

    /// <summary>The member stops trusting another: what the other records with them waits to be confirmed again.</summary>
    public Task<Result<bool>> StopTrustingAsync(Guid actorId, Guid memberId, Guid organisationId, Guid trustedId, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            if (await RefuseUnlessChoosableAsync(work, actorId, memberId, organisationId, token) is { } refusal)
            {
                return Result<bool>.Refused(refusal);
            }

            var trust = await work.Db.TimebankTrustedMembers
                .SingleOrDefaultAsync(t => t.OrganisationId == organisationId && t.PersonId == memberId && t.TrustedId == trustedId, token);
            if (trust is not null)
            {
                work.Db.TimebankTrustedMembers.Remove(trust);
                await work.Db.SaveChangesAsync(token);
            }

            return Result<bool>.Success(false);
        }, cancellationToken);

    /// <summary>The member's choices in the timebank, with the people they might choose to trust.</summary>
    public async Task<MemberPreferencesView> PreferencesAsync(Guid memberId, Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var shows = await db.TimebankMemberPreferences.AsNoTracking()
            .AnyAsync(p => p.OrganisationId == organisationId && p.PersonId == memberId && p.ShowsBalance, cancellationToken);
        var trusted = await (from t in db.TimebankTrustedMembers
                             join p in db.People on t.TrustedId equals p.Id
                             where t.OrganisationId == organisationId && t.PersonId == memberId
                             select new TimebankMember(p.Id, p.Profile.Name)).ToListAsync(cancellationToken);
        var lately = await db.TimebankExchanges.AsNoTracking()
            .Where(e => e.OrganisationId == organisationId && e.Status == ExchangeStatus.Confirmed && (e.GiverId == memberId || e.ReceiverId == memberId))
            .OrderByDescending(e => e.OccurredOn).Take(500)
            .Select(e => e.GiverId == memberId ? e.ReceiverId : e.GiverId).ToListAsync(cancellationToken);
        var others = lately.Distinct().Where(id => trusted.TrueForAll(t => t.Id != id)).Take(MaximumExchangedWith).ToList();
        var names = await db.People.AsNoTracking().Where(p => others.Contains(p.Id)).Select(p => new TimebankMember(p.Id, p.Profile.Name))
            .ToListAsync(cancellationToken);
        return new MemberPreferencesView(shows, ByName(trusted), ByName(names));
    }

    /// <summary>
    /// The member's balance, if <paramref name="viewerId"/> may see it: the member themselves, the timebank's
    /// coordinators, or any member of it when the member chose to show it. Null otherwise.
    /// </summary>
    public async Task<Balance?> BalanceShownToAsync(Guid viewerId, Guid memberId, Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var may = viewerId == memberId
                || await TimebankAccess.CoordinatesAsync(db, viewerId, organisationId, cancellationToken)
                || (await TimebankAccess.IsMemberAsync(db, viewerId, organisationId, cancellationToken)
                    && await db.TimebankMemberPreferences.AnyAsync(p => p.OrganisationId == organisationId && p.PersonId == memberId && p.ShowsBalance, cancellationToken));
            if (!may)
            {
                return null;
            }
        }

        return await ledger.BalanceHeldAtAsync(memberId, organisationId, cancellationToken);
    }

    /// <summary>Whether <paramref name="memberId"/> trusts <paramref name="recorderId"/> in the timebank, read in the act recording the exchange.</summary>
    internal static Task<bool> TrustsAsync(CoproduceDbContext db, Guid organisationId, Guid memberId, Guid recorderId, CancellationToken cancellationToken) =>
        db.TimebankTrustedMembers.AnyAsync(t => t.OrganisationId == organisationId && t.PersonId == memberId && t.TrustedId == recorderId, cancellationToken);

    // The member chooses, or a coordinator for them (a member on the phone, or with a paper form).
    private static async Task<FieldError?> RefuseUnlessChoosableAsync(UnitOfWork work, Guid actorId, Guid memberId, Guid organisationId,
        CancellationToken cancellationToken) =>
        actorId != memberId && !await TimebankAccess.CoordinatesAsync(work.Db, actorId, organisationId, cancellationToken)
            ? new FieldError(string.Empty, "Timebank.NotYourChoices")
        : !await TimebankAccess.IsMemberAsync(work.Db, memberId, organisationId, cancellationToken) ? new FieldError(string.Empty, "Timebank.NotAMember")
        : await PeopleService.RefuseIfSuspendedAsync(work, organisationId, cancellationToken);

    private static List<TimebankMember> ByName(IEnumerable<TimebankMember> members) => [.. members.OrderBy(m => m.Name, StringComparer.CurrentCulture)];
}
