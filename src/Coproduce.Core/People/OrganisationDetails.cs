namespace Coproduce.Core.People;

/// <summary>
/// What a site admin says about an organisation when creating or changing it, as typed; <see cref="OrganisationRules"/>
/// checks and tidies it. Names and descriptions come in both languages, as the organisation gives them.
/// </summary>
/// <param name="Kind">What sort of organisation it is.</param>
/// <param name="Name">Its name in English.</param>
/// <param name="NameWelsh">Its name in Welsh; none when it has no Welsh name, and the English one is shown.</param>
/// <param name="Area">Where it works, as people there say it ("Bridgend", "Denbighshire"); two organisations in one
/// area can't share a name.</param>
/// <param name="Email">An address to contact it at, if it gives one.</param>
/// <param name="Phone">A phone number to contact it on, if it gives one.</param>
/// <param name="Address">Its postal address, if it gives one.</param>
/// <param name="Description">What it does, in English.</param>
/// <param name="DescriptionWelsh">What it does, in Welsh.</param>
/// <param name="LeavingBalance">What happens to a leaver's balance there.</param>
public sealed record OrganisationDetails(
    OrganisationKind Kind,
    string Name,
    string? NameWelsh,
    string Area,
    string? Email = null,
    string? Phone = null,
    string? Address = null,
    string? Description = null,
    string? DescriptionWelsh = null,
    LeavingBalancePolicy LeavingBalance = LeavingBalancePolicy.MoveToCommunityPot);
