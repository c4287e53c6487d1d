using Coproduce.Core.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Organisations;

/// <summary>Every organisation on this installation: anyone may look before they ask to join.</summary>
[AllowAnonymous]
public sealed class IndexModel(PeopleService people) : PageModel
{
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Organisations = await people.ListOrganisationsAsync(cancellationToken);
}
