using Coproduce.Core.Common;
using Coproduce.Core.People;
using Coproduce.Core.Timebank;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Timebank;

/// <summary>
/// A member's skills and interests: the kinds of help they can offer and would like. A member ticks their own; a
/// coordinator chooses a member (<c>?memberId=</c>) and ticks them from a phone call or a paper form.
/// </summary>
[Authorize(Policy = AccessPolicies.InOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class SkillsModel(PeopleService people, PostService posts, ExchangeService exchanges, MemberSkillService skills, CurrentPerson current)
    : PageModel
{
    /// <summary>The categories ticked under "can offer".</summary>
    [BindProperty]
    public List<string> Offers { get; set; } = [];

    /// <summary>The categories ticked under "would like help with".</summary>
    [BindProperty]
    public List<string> Wants { get; set; } = [];

    /// <summary>The member a coordinator chose, from the address (<c>?memberId=</c>); none for the signed-in member's own.</summary>
    [BindProperty(SupportsGet = true)]
    public string? MemberId { get; set; }

    [TempData]
    public bool Saved { get; set; }

    public TimebankContext Timebank { get; private set; } = null!;

    /// <summary>Whose skills the page shows; none when a coordinator who is no member has yet to choose.</summary>
    public TimebankMember? Member { get; private set; }

    public bool IsOwn => Member?.Id == Timebank.Me;

    public IReadOnlyList<SkillCategory> Categories { get; private set; } = [];

    public MemberSkillsView Current { get; private set; } = new([], []);

    /// <summary>The timebank's members, for a coordinator to choose whose skills to write down.</summary>
    public IReadOnlyList<TimebankMember> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        Offers = [.. Current.Offers.Select(s => s.Category.Id.ToString())];
        Wants = [.. Current.Wants.Select(s => s.Category.Id.ToString())];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken) || Member is null)
        {
            return NotFound();
        }

        var (offers, wants) = (Parsed(Offers), Parsed(Wants));
        if (offers is null || wants is null)
        {
            ModelState.AddFieldErrors([new FieldError(offers is null ? nameof(Offers) : nameof(Wants), "Timebank.UnknownCategory")]);
            return Page();
        }

        var saved = await skills.SetAsync(Timebank.Me, Member.Id, organisationId, offers, wants, cancellationToken);
        if (!saved.Succeeded)
        {
            ModelState.AddFieldErrors(saved.Errors);
            return Page();
        }

        Saved = true;
        return RedirectToPage(new { organisationId, memberId = IsOwn ? null : Member.Id.ToString() });
    }

    // Null when a box carries something that is no category's id: the form was not ours.
    private static List<Guid>? Parsed(List<string> ticked)
    {
        var ids = ticked.Select(t => Guid.TryParse(t, out var id) ? id : (Guid?)null).ToList();
        return ids.TrueForAll(id => id is not null) ? [.. ids.Select(id => id!.Value)] : null;
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TimebankContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } timebank)
        {
            return false;
        }

        Timebank = timebank;
        if (timebank.Coordinates)
        {
            Members = await exchanges.MembersAsync(organisationId, cancellationToken);
        }

        var (found, member) = await timebank.MemberActedForAsync(people, MemberId, cancellationToken);
        if (!found)
        {
            return false;
        }

        Member = member;

        Categories = await posts.CategoriesAsync(organisationId, cancellationToken);
        if (Member is not null)
        {
            Current = await skills.SkillsOfAsync(Member.Id, organisationId, cancellationToken);
        }

        return true;
    }
}
