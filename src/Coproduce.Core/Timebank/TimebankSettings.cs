namespace Coproduce.Core.Timebank;

/// <summary>
/// A timebank's own rules: how exchanges are confirmed, and how far a member's balance may go below zero or above a
/// cap. A timebank that never changed them has <see cref="Default"/>.
/// </summary>
public sealed class TimebankSettings
{
    /// <summary>The longest wait before an exchange is accepted by itself.</summary>
    public const int MaximumAcceptDays = 90;

    /// <summary>The most hours a timebank may let a member go below zero.</summary>
    public const int MaximumCreditLimitHours = 100;

    private TimebankSettings()
    {
    }

    internal TimebankSettings(Guid organisationId, ConfirmationPolicy policy, int acceptAfterDays, int creditLimitHours, int? balanceCapHours)
    {
        OrganisationId = organisationId;
        Change(policy, acceptAfterDays, creditLimitHours, balanceCapHours, limitGrowsEveryHours: null);
    }

    /// <summary>The timebank.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>How exchanges members record are confirmed.</summary>
    public ConfirmationPolicy Confirmation { get; private set; }

    /// <summary>Under <see cref="ConfirmationPolicy.AcceptedAfterDays"/>, how many days the other side has to decline.</summary>
    public int AcceptAfterDays { get; private set; }

    /// <summary>How many hours a member may owe: 0 means they spend only what they have earned.</summary>
    public int CreditLimitHours { get; private set; }

    /// <summary>The most hours a member may hold, if capped.</summary>
    public int? BalanceCapHours { get; private set; }

    /// <summary>
    /// If set, a member may owe one hour more for every this many hours they have given in confirmed exchanges, up to
    /// <see cref="MaximumCreditLimitHours"/>: someone who has helped a lot can be helped a lot. Null: the limit stays put.
    /// </summary>
    public int? LimitGrowsEveryHours { get; private set; }

    /// <summary>The lowest balance, in minutes, for a member who has given <paramref name="givenMinutes"/> in confirmed exchanges here.</summary>
    public long MinimumBalanceMinutesFor(long givenMinutes)
    {
        var extra = LimitGrowsEveryHours is { } every ? givenMinutes / (every * 60L) : 0;
        return -Math.Min(MaximumCreditLimitHours, CreditLimitHours + extra) * 60L;
    }

    /// <summary>The settings of a timebank that has not changed them: the other side confirms, a member may owe up to ten hours (so a newcomer can be helped before they have helped), no cap.</summary>
    public static TimebankSettings Default(Guid organisationId) => new(organisationId, ConfirmationPolicy.OtherSideConfirms, 14, 10, null);

    internal void Change(ConfirmationPolicy policy, int acceptAfterDays, int creditLimitHours, int? balanceCapHours, int? limitGrowsEveryHours)
    {
        LimitGrowsEveryHours = limitGrowsEveryHours;
        Confirmation = policy;
        AcceptAfterDays = acceptAfterDays;
        CreditLimitHours = creditLimitHours;
        BalanceCapHours = balanceCapHours;
    }
}
