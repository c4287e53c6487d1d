namespace Coproduce.Core.Timebank;

/// <summary>How a timebank confirms an exchange a member records. Stored as its number.</summary>
public enum ConfirmationPolicy
{
    /// <summary>The other side confirms it (or a coordinator does for them).</summary>
    OtherSideConfirms = 1,

    /// <summary>It is accepted by itself after the timebank's number of days, unless the other side declines it first.</summary>
    AcceptedAfterDays = 2,

    /// <summary>A coordinator approves every exchange members record.</summary>
    CoordinatorApproves = 3,
}
