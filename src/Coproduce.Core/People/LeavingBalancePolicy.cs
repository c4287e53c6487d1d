namespace Coproduce.Core.People;

/// <summary>What an organisation does with a leaver's balance there. Stored as its number.</summary>
public enum LeavingBalancePolicy
{
    /// <summary>
    /// The balance, in credit or owed, moves to the organisation's community pot as the membership ends, and the
    /// account closes: the hours go on helping others there, as timebanks like Blaengarw's do.
    /// </summary>
    MoveToCommunityPot = 1,

    /// <summary>A membership ends only once the balance there is settled (spent, given away or paid back) to zero.</summary>
    SettleFirst = 2,
}
