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

/// <summary>A member offers help or asks for it; a coordinator can post for a member.</summary>
[Authorize(Policy = AccessPolicies.InOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class NewPostModel(PeopleService people, PostService posts, ExchangeService exchanges, CurrentPerson current, TimeProvider clock) : PageModel
{
    /// <summary>How long a new post is up unless its author says otherwise.</summary>
    private const int DefaultDaysUp = 28;

    [BindProperty]
    public PostInput Input { get; set; } = new();

    public TimebankContext Timebank { get; private set; } = null!;

    public IReadOnlyList<SkillCategory> Categories { get; private set; } = [];

    /// <summary>For a coordinator: the members they may post for.</summary>
    public IReadOnlyList<TimebankMember> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        Input.EndsOn = DateParts.From(UkTime.Today(clock).AddDays(DefaultDaysUp));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var author = Timebank.Coordinates && Guid.TryParse(Input.Author, out var chosen) ? chosen : Timebank.Me;
        var kind = Enum.TryParse<PostKind>(Input.Kind, out var k) && Enum.IsDefined(k) ? k : 0;
        var category = Guid.TryParse(Input.Category, out var c) ? c : Guid.Empty;
        var details = new PostDetails(author, kind, category, Input.Title, Input.Description, Input.Area, Input.Availability, Input.EndsOnText);
        var created = await posts.CreateAsync(Timebank.Me, organisationId, details, cancellationToken);
        if (!created.Succeeded)
        {
            ModelState.AddFieldErrors(created.Errors.Select(e => e.Field switch
            {
                nameof(PostDetails.AuthorId) => e with { Field = nameof(PostInput.Author) },
                nameof(PostDetails.CategoryId) => e with { Field = nameof(PostInput.Category) },
                _ => e,
            }));
            return Page();
        }

        TempData["Done"] = "Posted";
        return RedirectToPage("/Timebank/Post", new { organisationId, postId = created.Value!.Id });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TimebankContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } timebank)
        {
            return false;
        }

        Timebank = timebank;
        Categories = await posts.CategoriesAsync(organisationId, cancellationToken);
        if (timebank.Coordinates)
        {
            Members = await exchanges.MembersAsync(organisationId, cancellationToken);
        }

        return true;
    }
}
