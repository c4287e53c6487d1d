using Coproduce.Core.Credits;
using Coproduce.Core.People;
using Coproduce.Web.Components;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Credits;

/// <summary>
/// A member's card to print, for members with no phone: their name, their code to read aloud and its QR code. A
/// member prints their own; a coordinator chooses a member (<c>?memberId=</c>) and prints theirs.
/// </summary>
[Authorize(Policy = AccessPolicies.InOrganisation)]
public sealed class CardModel(PeopleService people, CreditSpendingService spending, CreditActivityService activities, CurrentPerson current) : PageModel
{
    /// <summary>The member a coordinator chose; none for the signed-in member's own card.</summary>
    [BindProperty(SupportsGet = true)]
    public string? MemberId { get; set; }

    public CreditsContext Network { get; private set; } = null!;

    /// <summary>Whose card it is; none while a coordinator has yet to choose.</summary>
    public string? MemberName { get; private set; }

    public string? Code { get; private set; }

    public string? CodeImage { get; private set; }

    /// <summary>For a coordinator: the network's members to choose from.</summary>
    public IReadOnlyList<NetworkMember> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await CreditsContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } network)
        {
            return NotFound();
        }

        Network = network;
        if (network.Coordinates)
        {
            Members = await activities.MembersAsync(organisationId, cancellationToken);
        }

        Guid? memberId = network.IsMember ? network.Me : null;
        if (!string.IsNullOrEmpty(MemberId))
        {
            // Only a coordinator prints someone else's card, and only a member's: any other id is no page of theirs.
            if (!network.Coordinates || !Guid.TryParse(MemberId, out var chosen))
            {
                return NotFound();
            }

            memberId = chosen;
        }

        if (memberId is not { } id)
        {
            return Page();
        }

        if (!await people.HasRoleAsync(id, organisationId, [OrganisationRole.Member], cancellationToken)
            || await people.FindPersonAsync(id, cancellationToken) is not { } member
            || (await spending.CardAsync(id, organisationId, cancellationToken)).Value is not { } card)
        {
            return NotFound();
        }

        MemberName = member.Profile.Name;
        Code = CreditCodes.Grouped(card.Code);
        CodeImage = QrCodes.DataUri(card.Code, 6);
        return Page();
    }
}
