using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Timebank;

/// <summary>
/// Group exchanges: time given by many members to one (a clean-up for a group's own account, neighbours helping
/// someone move) or by one to many (a class), with each person's hours or a total split evenly. It is an ordinary
/// exchange per person, with the group's row, all in one act. Recorded by a coordinator, each is confirmed at once with
/// its transfer and messages, so if the ledger refuses one person's hours, nobody's move; recorded by the member at the
/// centre, each waits for its other member to confirm, as the timebank's rules say.
/// </summary>
public sealed class GroupExchangeService(UnitsOfWork units, ExchangeService exchanges, TimeProvider clock)
{
    /// <summary>The most people besides the one at the centre.</summary>
    public const int MaximumPeople = 100;

    /// <summary>The longest note of what the money was for.</summary>
    public const int MaximumMoneyNoteLength = 200;

    /// <summary>The most money written down, in pence (£10,000).</summary>
    public const long MaximumMoneyCostPence = 1_000_000;

    /// <summary>
    /// Records a group exchange. Refused, changing nothing, for anyone but the timebank's coordinators and the member at
    /// the centre, in a suspended timebank, and for bad details: no one at the centre, no way round, nobody else or too many, the one
    /// among the others, anyone who is not a member, hours that can't be read or split, a bad day or description, or
    /// money that can't be read.
    /// </summary>
    public Task<Result<GroupExchange>> RecordAsync(Guid actorId, Guid organisationId, GroupExchangeDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        return units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            var refusal = actorId != details.OneId && !await TimebankAccess.CoordinatesAsync(db, actorId, organisationId, token)
                    ? new FieldError(string.Empty, "Timebank.NotYourGroup")
                : !await db.Organisations.AnyAsync(o => o.Id == organisationId && o.Kind == OrganisationKind.Timebank, token)
                    ? new FieldError(string.Empty, "Timebank.NotATimebank")
                : await PeopleService.RefuseIfSuspendedAsync(work, organisationId, token);
            if (refusal is not null)
            {
                return Result<GroupExchange>.Refused(refusal);
            }

            var errors = new List<FieldError>();
            var shares = details.Shares.DistinctBy(s => s.MemberId).ToList();
            await CheckPeopleAsync(db, organisationId, details, shares, errors, token);
            var minutes = await MinutesAsync(db, details, shares, errors, token);
            var pence = Money(details.MoneyCost, errors);
            var note = PostService.Optional(nameof(details.MoneyCostNote), details.MoneyCostNote, MaximumMoneyNoteLength, TextKind.SingleLine, errors);
            // The day and what was done, checked as each person's exchange will check them, so every problem shows at once.
            var (checkedDay, dayErrors) = exchanges.Check(new ExchangeDetails(Guid.NewGuid(), Guid.NewGuid(), "1", details.OccurredOn, details.Description));
            errors.AddRange(dayErrors);
            if (errors.Count > 0 || checkedDay is not { } day || minutes is null)
            {
                return Result<GroupExchange>.Refused(errors);
            }

            var now = clock.GetUtcNow();
            var group = new GroupExchange(Guid.CreateVersion7(now), organisationId, details.OneId, details.Direction!.Value, day.OccurredOn, day.Description,
                pence, note, actorId, now);
            db.TimebankGroupExchanges.Add(group);
            var occurredOn = day.OccurredOn.ToString("yyyy-M-d", CultureInfo.InvariantCulture);
            for (var i = 0; i < shares.Count; i++)
            {
                var (giver, receiver) = group.Direction == GroupDirection.OneGaveToMany ? (details.OneId, shares[i].MemberId) : (shares[i].MemberId, details.OneId);
                var recorded = await exchanges.RecordInAsync(work, actorId, organisationId,
                    new ExchangeDetails(giver, receiver, Hours.FromMinutes(minutes[i]).ToString("t", CultureInfo.InvariantCulture), occurredOn, day.Description,
                        details.CategoryId), token);
                if (!recorded.Succeeded)
                {
                    return Result<GroupExchange>.Refused(recorded.Errors);
                }

                recorded.Value!.JoinGroup(group.Id);
            }

            await db.SaveChangesAsync(token);
            return Result<GroupExchange>.Success(group);
        }, cancellationToken);
    }

    private static async Task CheckPeopleAsync(CoproduceDbContext db, Guid organisationId, GroupExchangeDetails details, List<GroupShare> shares,
        List<FieldError> errors, CancellationToken cancellationToken)
    {
        if (details.Direction is null)
        {
            errors.Add(new FieldError(nameof(details.Direction), "Timebank.GroupDirectionRequired"));
        }

        if (details.OneId == Guid.Empty)
        {
            errors.Add(new FieldError(nameof(details.OneId), "Timebank.GroupOneRequired"));
        }
        else if (!await TimebankAccess.IsMemberAsync(db, details.OneId, organisationId, cancellationToken))
        {
            errors.Add(new FieldError(nameof(details.OneId), "Timebank.NotAMember"));
        }

        if (shares.Count == 0)
        {
            errors.Add(new FieldError(nameof(details.Shares), "Timebank.GroupEmpty"));
        }
        else if (shares.Count > MaximumPeople)
        {
            errors.Add(new FieldError(nameof(details.Shares), "Timebank.GroupTooBig", MaximumPeople));
        }
        else if (shares.Exists(s => s.MemberId == details.OneId))
        {
            errors.Add(new FieldError(nameof(details.Shares), "Timebank.GroupHasTheOne"));
        }
        else
        {
            var ids = shares.Select(s => s.MemberId).ToList();
            var members = await db.Memberships.Where(m => m.OrganisationId == organisationId && ids.Contains(m.PersonId)
                    && m.Role == OrganisationRole.Member && m.Status == MembershipStatus.Active)
                .Select(m => m.PersonId).Distinct().CountAsync(cancellationToken);
            if (members != ids.Count)
            {
                errors.Add(new FieldError(nameof(details.Shares), "Timebank.NotAMember"));
            }
        }
    }

    /// <summary>Each person's minutes, in the order of <paramref name="shares"/>: typed each, or the total split evenly (the first few a minute more).</summary>
    private static async Task<List<int>?> MinutesAsync(CoproduceDbContext db, GroupExchangeDetails details, List<GroupShare> shares, List<FieldError> errors,
        CancellationToken cancellationToken)
    {
        if (shares.Count == 0)
        {
            return null;
        }

        if (details.SplitHours is not null)
        {
            if (!Hours.TryParse(details.SplitHours, nameof(details.SplitHours), out var total, out var error))
            {
                errors.Add(error);
                return null;
            }

            var (each, over) = Math.DivRem(total.Minutes, shares.Count);
            var split = shares.Select((_, i) => each + (i < over ? 1 : 0)).ToList();
            var problem = each == 0 ? "Timebank.SplitTooSmall" : split[0] > ExchangeService.MaximumMinutes ? "Timebank.MoreThanADay" : null;
            if (problem is not null)
            {
                errors.Add(new FieldError(nameof(details.SplitHours), problem));
                return null;
            }

            return split;
        }

        var minutes = new List<int>();
        List<int>? unreadable = null;
        for (var i = 0; i < shares.Count; i++)
        {
            if (Hours.TryParse(shares[i].Hours, "Hours", out var amount, out _) && amount.Minutes <= ExchangeService.MaximumMinutes)
            {
                minutes.Add(amount.Minutes);
            }
            else
            {
                (unreadable ??= []).Add(i);
            }
        }

        if (unreadable is null)
        {
            return minutes;
        }

        // Named, so a coordinator with twelve boxes knows which to put right.
        var ids = unreadable.Select(i => shares[i].MemberId).ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Profile.Name, cancellationToken);
        errors.AddRange(unreadable.Select(i => new FieldError($"Shares[{i}]", "Timebank.ShareHours", names.GetValueOrDefault(shares[i].MemberId, "?"))));
        return null;
    }

    /// <summary>Money as typed in pounds ("12.50", "£12.50", "1,200"), in pence; none when blank.</summary>
    private static long? Money(string? typed, List<FieldError> errors)
    {
        var text = typed?.Trim().TrimStart('£').Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds) || decimal.Round(pounds, 2) != pounds
            || pounds <= 0)
        {
            errors.Add(new FieldError(nameof(GroupExchangeDetails.MoneyCost), "Timebank.MoneyUnreadable"));
            return null;
        }

        var pence = (long)(pounds * 100);
        if (pence > MaximumMoneyCostPence)
        {
            errors.Add(new FieldError(nameof(GroupExchangeDetails.MoneyCost), "Timebank.MoneyTooMuch", MaximumMoneyCostPence / 100));
            return null;
        }

        return pence;
    }
}
