using Coproduce.Core.People;
using Coproduce.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Profile;

/// <summary>Your own details, as others in your organisations see them, and what was recorded for you.</summary>
public sealed class IndexModel(CurrentPerson current, PeopleService people) : PageModel
{
    public Person Person { get; private set; } = null!;

    public IReadOnlyList<HistoryLine> History { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } person)
        {
            return Challenge();
        }

        Person = person;
        History = await people.HistoryOfAsync(person.Id, 20, cancellationToken);
        return Page();
    }
}
