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

/// <summary>The kinds of help a timebank's posts use: the installation's, and those its coordinators add in both languages.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class CategoriesModel(PeopleService people, PostService posts, CategoryService categories, CurrentPerson current) : PageModel
{
    [BindProperty]
    public CategoryInput Input { get; set; } = new();

    [TempData]
    public string? Added { get; set; }

    public TimebankContext Timebank { get; private set; } = null!;

    public IReadOnlyList<SkillCategory> Listed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var added = await categories.AddAsync(Timebank.Me, organisationId, Input.Name, Input.NameWelsh, cancellationToken);
        if (!added.Succeeded)
        {
            ModelState.AddFieldErrors(added.Errors);
            return Page();
        }

        Added = added.Value!.NameIn(LanguageCultures.Current);
        return RedirectToPage(new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TimebankContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } timebank)
        {
            return false;
        }

        Timebank = timebank;
        Listed = await posts.CategoriesAsync(organisationId, cancellationToken);
        return true;
    }

    public sealed class CategoryInput
    {
        public string? Name { get; set; }

        public string? NameWelsh { get; set; }
    }
}
