using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Timebank;

/// <summary>
/// A member's skills and interests in a timebank: the kinds of help they can give and would like. The member says so,
/// or a coordinator writes it down for them from a phone call or a paper form, and the record says who did.
/// </summary>
public sealed class MemberSkillService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, TimeProvider clock)
{
    /// <summary>How many members a post suggests, each way.</summary>
    public const int MaximumSuggested = 5;

    /// <summary>
    /// Sets what the member can offer and would like help with to exactly these categories: boxes ticked are kept or
    /// added, boxes cleared are removed. Refused, changing nothing, for anyone but the member and the timebank's
    /// coordinators, for someone who is not a member, in a suspended timebank, and for a category this timebank doesn't have.
    /// </summary>
    public Task<Result<MemberSkillsView>> SetAsync(Guid actorId, Guid memberId, Guid organisationId, IReadOnlyCollection<Guid> offers,
        IReadOnlyCollection<Guid> wants, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(wants);
        return units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            var refusal = actorId != memberId && !await TimebankAccess.CoordinatesAsync(db, actorId, organisationId, token)
                    ? new FieldError(string.Empty, "Timebank.NotYourSkills")
                : !await TimebankAccess.IsMemberAsync(db, memberId, organisationId, token) ? new FieldError(string.Empty, "Timebank.NotAMember")
                : await PeopleService.RefuseIfSuspendedAsync(work, organisationId, token);
            if (refusal is not null)
            {
                return Result<MemberSkillsView>.Refused(refusal);
            }

            var known = await db.TimebankCategories.Where(c => c.OrganisationId == null || c.OrganisationId == organisationId)
                .Select(c => c.Id).ToListAsync(token);
            var errors = new List<FieldError>();
            if (!offers.All(known.Contains))
            {
                errors.Add(new FieldError("Offers", "Timebank.UnknownCategory"));
            }

            if (!wants.All(known.Contains))
            {
                errors.Add(new FieldError("Wants", "Timebank.UnknownCategory"));
            }

            if (errors.Count > 0)
            {
                return Result<MemberSkillsView>.Refused([.. errors]);
            }

            var current = await db.TimebankMemberSkills.Where(s => s.OrganisationId == organisationId && s.PersonId == memberId).ToListAsync(token);
            var wanted = offers.Distinct().Select(c => (c, PostKind.Offer)).Concat(wants.Distinct().Select(c => (c, PostKind.Request))).ToHashSet();
            db.TimebankMemberSkills.RemoveRange(current.Where(s => !wanted.Contains((s.CategoryId, s.Kind))));
            var now = clock.GetUtcNow();
            foreach (var (category, kind) in wanted.Where(w => !current.Exists(s => s.CategoryId == w.Item1 && s.Kind == w.Item2)))
            {
                db.TimebankMemberSkills.Add(new MemberSkill(organisationId, memberId, category, kind, actorId, now));
            }

            await db.SaveChangesAsync(token);
            return Result<MemberSkillsView>.Success(await ViewAsync(db, memberId, organisationId, token));
        }, cancellationToken);
    }

    /// <summary>What the member can offer and would like help with in the timebank, in list order.</summary>
    public async Task<MemberSkillsView> SkillsOfAsync(Guid memberId, Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ViewAsync(db, memberId, organisationId, cancellationToken);
    }

    /// <summary>
    /// The members who say they can give (<paramref name="kind"/> Offer) or would like (Request) a kind of help, but
    /// for <paramref name="excludingId"/>: those who have exchanged time lately first, then by name.
    /// </summary>
    public async Task<IReadOnlyList<TimebankMember>> MembersWhoAsync(Guid organisationId, Guid categoryId, PostKind kind, Guid excludingId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var members = await (from s in db.TimebankMemberSkills
                             join p in db.People on s.PersonId equals p.Id
                             where s.OrganisationId == organisationId && s.CategoryId == categoryId && s.Kind == kind && s.PersonId != excludingId
                             select new TimebankMember(p.Id, p.Profile.Name)).Take(200).ToListAsync(cancellationToken);
        var ids = members.Select(m => m.Id).ToList();
        var active = await PostService.RecentlyActiveAsync(db, organisationId, ids, clock.GetUtcNow().AddDays(-PostService.ActiveDays), cancellationToken);
        return [.. members.OrderByDescending(m => active.Contains(m.Id)).ThenBy(m => m.Name, StringComparer.CurrentCulture).Take(MaximumSuggested)];
    }

    private static async Task<MemberSkillsView> ViewAsync(CoproduceDbContext db, Guid memberId, Guid organisationId, CancellationToken cancellationToken)
    {
        var skills = await (from s in db.TimebankMemberSkills
                            join c in db.TimebankCategories on s.CategoryId equals c.Id
                            join adder in db.People on s.AddedById equals adder.Id
                            where s.OrganisationId == organisationId && s.PersonId == memberId
                            select new { s.Kind, Category = c, By = s.AddedById == memberId ? null : adder.Profile.Name }).ToListAsync(cancellationToken);
        List<MemberSkillView> Of(PostKind kind) => [.. skills.Where(s => s.Kind == kind).OrderBy(s => s.Category.SortOrder).ThenBy(s => s.Category.Name)
            .Select(s => new MemberSkillView(s.Category, s.By))];
        return new MemberSkillsView(Of(PostKind.Offer), Of(PostKind.Request));
    }
}
