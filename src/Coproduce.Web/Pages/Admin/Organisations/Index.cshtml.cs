using System.Globalization;
using Coproduce.Core.People;
using Coproduce.Web.Components;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Admin.Organisations;

/// <summary>The site admin's organisations, a page at a time, searchable by either name or the area.</summary>
[Authorize(Policy = AccessPolicies.SiteAdmin)]
public sealed class IndexModel(OrganisationService organisations) : PageModel
{
    public const int PageSize = 25;

    /// <summary>The longest search kept: longer than any name or area.</summary>
    public const int MaximumSearchLength = 100;

    public OrganisationsPage Listing { get; private set; } = new([], 1, PageSize, 0);

    /// <summary>What the admin searched for, as typed.</summary>
    public string? Search { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Read from the query by hand: "page" is Razor Pages' own route value, and a page number that isn't one is page 1.
        var search = Request.Query["q"].ToString().Trim();
        Search = search.Length == 0 ? null : search[..Math.Min(search.Length, MaximumSearchLength)];
        var page = int.TryParse(Request.Query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
        Listing = await organisations.PageAsync(Search, page, PageSize, LanguageCultures.Current, cancellationToken);
    }

    /// <summary>The page numbers under the list.</summary>
    public IReadOnlyList<GovukPaginationItem> PageItems => GovukPaginationItem.Around(Listing.Page, Listing.PageCount, PageUrl);

    /// <summary>The address of another page of the same list (the same search).</summary>
    public string PageUrl(int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (Search is not null)
        {
            query.Add(new("q", Search));
        }

        if (page > 1)
        {
            query.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return Url.Page("/Admin/Organisations/Index") + QueryString.Create(query).ToUriComponent();
    }
}
