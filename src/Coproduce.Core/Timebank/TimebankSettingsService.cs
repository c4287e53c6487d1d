using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Timebank;

/// <summary>A timebank's rules as its admin typed them: each is checked by <see cref="TimebankSettingsService"/>.</summary>
/// <param name="Confirmation">The <see cref="ConfirmationPolicy"/>'s name, e.g. "OtherSideConfirms".</param>
/// <param name="AcceptAfterDays">Days before an exchange is accepted by itself, under that policy.</param>
/// <param name="CreditLimitHours">How many hours a member may owe; 0 for none.</param>
/// <param name="BalanceCapHours">The most hours a member may hold; blank for no cap.</param>
/// <param name="LimitGrowsEveryHours">A member may owe an hour more for every this many hours they have given; blank for a limit that stays put.</param>
public sealed record TimebankSettingsDetails(string? Confirmation, string? AcceptAfterDays, string? CreditLimitHours, string? BalanceCapHours,
    string? LimitGrowsEveryHours = null);

/// <summary>Changes a timebank's rules: its organisation admins (or a site admin) may.</summary>
public sealed class TimebankSettingsService(UnitsOfWork units)
{
    /// <summary>
    /// Replaces the timebank's rules. The new credit limit and cap apply to its members' accounts at once, in the same
    /// act; one already beyond them keeps its balance as its limit. Refused, changing nothing, for anyone but an admin
    /// there, in a suspended organisation, and for numbers out of range.
    /// </summary>
    public Task<Result<TimebankSettings>> ChangeAsync(Guid actorId, Guid organisationId, TimebankSettingsDetails details,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        return units.RunAsync(async (work, token) =>
        {
            var refusal = await PeopleService.RefuseUnlessRoleAsync(work.Db, actorId, organisationId, [OrganisationRole.OrganisationAdmin],
                    "Timebank.NotAdmin", token)
                ?? await PeopleService.RefuseIfSuspendedAsync(work, organisationId, token);
            if (refusal is not null)
            {
                return Result<TimebankSettings>.Refused(refusal);
            }

            var errors = new List<FieldError>();
            var policy = Enum.GetValues<ConfirmationPolicy>().Cast<ConfirmationPolicy?>()
                .FirstOrDefault(p => string.Equals(p.ToString(), details.Confirmation, StringComparison.Ordinal));
            if (policy is null)
            {
                errors.Add(new FieldError(nameof(details.Confirmation), "Timebank.PolicyRequired"));
            }

            var days = policy == ConfirmationPolicy.AcceptedAfterDays
                ? Number(nameof(details.AcceptAfterDays), details.AcceptAfterDays, 1, TimebankSettings.MaximumAcceptDays, required: true, errors)
                : Number(nameof(details.AcceptAfterDays), details.AcceptAfterDays, 1, TimebankSettings.MaximumAcceptDays, required: false, errors);
            var limit = Number(nameof(details.CreditLimitHours), details.CreditLimitHours, 0, TimebankSettings.MaximumCreditLimitHours, required: true, errors);
            var cap = Number(nameof(details.BalanceCapHours), details.BalanceCapHours, 1, Hours.MaximumMinutes / 60, required: false, errors);
            var growsEvery = Number(nameof(details.LimitGrowsEveryHours), details.LimitGrowsEveryHours, 1, TimebankSettings.MaximumCreditLimitHours,
                required: false, errors);
            if (errors.Count > 0)
            {
                return Result<TimebankSettings>.Refused(errors);
            }

            var settings = await work.Db.TimebankSettings.SingleOrDefaultAsync(s => s.OrganisationId == organisationId, token);
            if (settings is null)
            {
                settings = TimebankSettings.Default(organisationId);
                work.Db.TimebankSettings.Add(settings);
            }

            settings.Change(policy!.Value, days ?? settings.AcceptAfterDays, limit!.Value, cap, growsEvery);
            await work.Db.SaveChangesAsync(token);
            await LedgerService.ChangeMemberLimitsAsync(work, organisationId, -limit.Value * 60L, cap * 60L, token);
            if (growsEvery is not null)
            {
                await GrowLimitsAsync(work, settings, token);
            }

            return Result<TimebankSettings>.Success(settings);
        }, cancellationToken);
    }

    /// <summary>Each member who has given enough hours to owe more than the base limit gets their grown limit, in the act changing the rules.</summary>
    private static async Task GrowLimitsAsync(UnitOfWork work, TimebankSettings settings, CancellationToken cancellationToken)
    {
        var atLeast = settings.LimitGrowsEveryHours!.Value * 60;
        var givers = await work.Db.TimebankExchanges
            .Where(e => e.OrganisationId == settings.OrganisationId && e.Status == ExchangeStatus.Confirmed)
            .GroupBy(e => e.GiverId).Select(g => new { PersonId = g.Key, Minutes = g.Sum(e => (long)e.Minutes) })
            .Where(g => g.Minutes >= atLeast).ToListAsync(cancellationToken);
        foreach (var giver in givers)
        {
            await LedgerService.ChangeMemberMinimumAsync(work, giver.PersonId, settings.OrganisationId, settings.MinimumBalanceMinutesFor(giver.Minutes),
                cancellationToken);
        }
    }

    /// <summary>A whole number in [minimum, maximum] as typed, or null (blank and not required, or refused).</summary>
    private static int? Number(string field, string? text, int minimum, int maximum, bool required, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(new FieldError(field, "Timebank.NumberRequired"));
            }

            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < minimum || number > maximum)
        {
            errors.Add(new FieldError(field, "Timebank.NumberOutOfRange", minimum, maximum));
            return null;
        }

        return number;
    }
}
