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
/// Records a group exchange: a clean-up with twelve volunteers, a class for six. Everyone ticked gave their time to the
/// one at the centre, or received it; each with their own hours, the same hours each, or a total split evenly. A
/// coordinator chooses who is at the centre and all of it is confirmed as it is saved, or none of it; a member is at
/// the centre themselves, and each person is asked to confirm.
/// </summary>
[Authorize(Policy = AccessPolicies.InOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class GroupModel(PeopleService people, ExchangeService exchanges, PostService posts, GroupExchangeService groups, CurrentPerson current,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public GroupInput Input { get; set; } = new();

    /// <summary>How many exchanges the last group made, for the banner.</summary>
    [TempData]
    public int? Recorded { get; set; }

    /// <summary>Whether the last group's exchanges wait to be confirmed (a member recorded it), for the banner.</summary>
    [TempData]
    public bool? Waiting { get; set; }

    public TimebankContext Timebank { get; private set; } = null!;

    public IReadOnlyList<TimebankMember> Members { get; private set; } = [];

    public IReadOnlyList<SkillCategory> Categories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        Input.Date = DateParts.From(UkTime.Today(clock));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var split = TextRules.TidyOptional(Input.TotalHours);
        var each = TextRules.TidyOptional(Input.HoursEach);
        if (split is not null && each is not null)
        {
            ModelState.AddFieldErrors([new FieldError(nameof(GroupInput.TotalHours), "Timebank.EachOrSplit")]);
            return Page();
        }

        // A box that is no member's id is passed on as nobody, which Core refuses as not a member.
        var shares = Input.Members.Select(id => new GroupShare(RecordInput.IdOf(id),
            TextRules.TidyOptional(Input.HoursFor.GetValueOrDefault(id)) ?? each)).ToList();
        // A member is at the centre of what they record; only a coordinator chooses someone else.
        var details = new GroupExchangeDetails(Timebank.Coordinates ? RecordInput.IdOf(Input.One) : Timebank.Me,
            Enum.TryParse<GroupDirection>(Input.Direction, out var direction) && Enum.IsDefined(direction) ? direction : null,
            shares, split, Input.Date.Text, Input.Description, RecordInput.OptionalIdOf(Input.Category), Input.MoneyCost, Input.MoneyCostNote);
        var result = await groups.RecordAsync(Timebank.Me, organisationId, details, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddFieldErrors(result.Errors.Select(ToFormField));
            return Page();
        }

        Recorded = shares.DistinctBy(s => s.MemberId).Count();
        Waiting = !Timebank.Coordinates;
        return RedirectToPage(new { organisationId });
    }

    /// <summary>Core's fields as the form's (the rest, such as Description, are named alike).</summary>
    private static FieldError ToFormField(FieldError error) => error.Field switch
    {
        nameof(GroupExchangeDetails.OneId) => error with { Field = nameof(GroupInput.One) },
        nameof(GroupExchangeDetails.SplitHours) => error with { Field = nameof(GroupInput.TotalHours) },
        nameof(GroupExchangeDetails.OccurredOn) => error with { Field = nameof(GroupInput.Date) },
        nameof(GroupExchangeDetails.CategoryId) => error with { Field = nameof(GroupInput.Category) },
        // A person's hours are named in the message and shown at the list of people.
        { } field when field.StartsWith(nameof(GroupExchangeDetails.Shares), StringComparison.Ordinal) => error with { Field = nameof(GroupInput.Members) },
        _ => error,
    };

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TimebankContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } timebank)
        {
            return false;
        }

        // Someone who neither coordinates nor is a member has no group exchange to record.
        if (!timebank.Coordinates && !timebank.IsMember)
        {
            return false;
        }

        Timebank = timebank;
        var members = await exchanges.MembersAsync(organisationId, cancellationToken);
        Members = timebank.Coordinates ? members : [.. members.Where(m => m.Id != timebank.Me)];
        Categories = await posts.CategoriesAsync(organisationId, cancellationToken);
        return true;
    }
}
