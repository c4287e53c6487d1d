using Coproduce.Core.Ledger;
using Coproduce.Core.People;

namespace Coproduce.Web.Pages.Organisations;

/// <summary>
/// What will happen to a leaver's balance at the organisation, told before they (or a coordinator) confirm:
/// moved to the community pot, or to be settled first.
/// </summary>
/// <param name="Organisation">The organisation being left.</param>
/// <param name="Balance">Their balance across their open accounts there.</param>
/// <param name="TextPrefix">"Leave" for the person leaving, "EndMembership" for a coordinator.</param>
/// <param name="Name">The leaver's name, for the coordinator's sentences.</param>
public sealed record BalanceOnLeaving(Organisation Organisation, Balance Balance, string TextPrefix, string Name)
{
    /// <summary>The organisation settles first and this balance isn't settled: the membership can't end yet.</summary>
    public bool MustSettleFirst => Organisation.LeavingBalance == LeavingBalancePolicy.SettleFirst && Balance.Minutes != 0;
}
