using System.Globalization;
using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Organisations;

/// <summary>
/// The coordinator's screen: the organisation's people a page at a time, join requests first, searchable by name,
/// phone, email or postcode, with requests to approve or decline.
/// </summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class MembersModel(PeopleService people, CurrentPerson current) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The longest search kept: more than any name, email or postcode.</summary>
    public const int MaximumSearchLength = 100;

    public Organisation Organisation { get; private set; } = null!;

    public MembersPage Listing { get; private set; } = new([], 1, PageSize, 0, 0, 0);

    /// <summary>What the coordinator searched for, as typed.</summary>
    public string? Search { get; private set; }

    [TempData]
    public string? Done { get; set; }

    [TempData]
    public string? DoneName { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        // A page that repeats what was searched for beside people's details is what BREACH needs, so it is never
        // compressed over HTTPS (see docs/architecture.md, "Response compression").
        if (Search is not null && HttpContext.Features.Get<IHttpsCompressionFeature>() is { } compression)
        {
            compression.Mode = HttpsCompressionMode.DoNotCompress;
        }

        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(Guid organisationId, Guid membershipId, CancellationToken cancellationToken) =>
        DecideAsync(organisationId, membershipId, approve: true, cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(Guid organisationId, Guid membershipId, CancellationToken cancellationToken) =>
        DecideAsync(organisationId, membershipId, approve: false, cancellationToken);

    /// <summary>The address of another page of the same list (the same search).</summary>
    public string PageUrl(int page)
    {
        // Written by hand: "page" in Url.Page's values would name the Razor page, not the page of the list.
        var query = new List<KeyValuePair<string, string?>>();
        if (Search is not null)
        {
            query.Add(new("q", Search));
        }

        if (page > 1)
        {
            query.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return Url.Page("/Organisations/Members", new { organisationId = Organisation.Id }) + QueryString.Create(query).ToUriComponent();
    }

    private async Task<IActionResult> DecideAsync(Guid organisationId, Guid membershipId, bool approve, CancellationToken cancellationToken)
    {
        if (await people.FindOrganisationAsync(organisationId, cancellationToken) is null)
        {
            return NotFound();
        }

        // Only a request in this organisation can be decided from its page; Core checks that, so nothing is listed here.
        var result = await people.DecideAsync(current.Id!.Value, membershipId, approve, organisationId, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddFieldErrors(result.Errors);
            await LoadAsync(organisationId, cancellationToken);
            return Page();
        }

        Done = approve ? "Approved" : "Declined";
        DoneName = (await people.FindPersonAsync(result.Value.PersonId, cancellationToken))?.Profile.Name;
        return RedirectToPage(new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await people.FindOrganisationAsync(organisationId, cancellationToken) is not { } organisation)
        {
            return false;
        }

        Organisation = organisation;
        // Read from the query by hand: "page" is Razor Pages' own route value, and a page number that isn't one is page 1.
        var search = Request.Query["q"].ToString().Trim();
        Search = search.Length == 0 ? null : search[..Math.Min(search.Length, MaximumSearchLength)];
        var page = int.TryParse(Request.Query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
        Listing = await people.MembersPageAsync(organisationId, Search, page, PageSize, cancellationToken: cancellationToken);
        return true;
    }
}
