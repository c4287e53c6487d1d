using Coproduce.Core.People;
using Coproduce.Core.Timebank;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Timebank;

/// <summary>The timebank's offers and requests that are up, searched by words, kind, category and area.</summary>
[Authorize(Policy = AccessPolicies.InOrganisation)]
public sealed class PostsModel(PeopleService people, PostService posts, CurrentPerson current, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"Offer", "Request", or blank for both.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    /// <summary>Only posts still up on this day, e.g. when the member is free; blank for any that are up today.</summary>
    [BindProperty(SupportsGet = true)]
    public DateParts UpOn { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public TimebankContext Timebank { get; private set; } = null!;

    public IReadOnlyList<SkillCategory> Categories { get; private set; } = [];

    public PostsPage Found { get; private set; } = null!;

    public bool Searched => !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrWhiteSpace(Kind) || !string.IsNullOrWhiteSpace(Category) || !string.IsNullOrWhiteSpace(Area)
        || !UpOn.IsEmpty;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TimebankContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } timebank)
        {
            return NotFound();
        }

        Timebank = timebank;
        Categories = await posts.CategoriesAsync(organisationId, cancellationToken);
        // Anything that isn't one of the choices offered is read as "any", as a list filter should.
        var kind = Enum.TryParse<PostKind>(Kind, out var k) && Enum.IsDefined(k) ? k : (PostKind?)null;
        var category = Guid.TryParse(Category, out var c) && Categories.Any(x => x.Id == c) ? c : (Guid?)null;
        Found = await posts.SearchAsync(organisationId, new PostSearch(Q, kind, category, Area, UpOnDay(), Math.Clamp(PageNumber, 1, 10_000)), cancellationToken);
        return Page();
    }

    public string? PageUrl(int page) => Url.Page("/Timebank/Posts", new RouteValueDictionary
    {
        ["organisationId"] = Timebank.Organisation.Id, ["q"] = Q, ["kind"] = Kind, ["category"] = Category, ["area"] = Area,
        ["UpOn.Day"] = UpOn.Day, ["UpOn.Month"] = UpOn.Month, ["UpOn.Year"] = UpOn.Year, ["page"] = page,
    });

    /// <summary>
    /// The day typed, if it is a real one (Core reads a day before today as today: what has ended is not up). One the
    /// page can't read is said so beside the boxes, while the list shows what is up today.
    /// </summary>
    private DateOnly? UpOnDay()
    {
        if (UpOn.IsEmpty)
        {
            return null;
        }

        if (!UpOn.TryGetDate(out var day))
        {
            ModelState.AddModelError(nameof(UpOn), text["Posts.UpOnUnreadable"]);
            return null;
        }

        return day;
    }
}
