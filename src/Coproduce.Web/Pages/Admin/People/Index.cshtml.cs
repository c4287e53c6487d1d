using System.Globalization;
using Coproduce.Core.People;
using Coproduce.Web.Components;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Admin.People;

/// <summary>Everyone on the installation, a page at a time, searchable by name, email or phone, for site admins.</summary>
[Authorize(Policy = AccessPolicies.SiteAdmin)]
public sealed class IndexModel(PeopleDirectory directory) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The longest search kept: more than any name, email or phone number.</summary>
    public const int MaximumSearchLength = 100;

    public PeoplePage Listing { get; private set; } = new([], 1, PageSize, 0);

    /// <summary>What the admin searched for, as typed.</summary>
    public string? Search { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Read from the query by hand: "page" is Razor Pages' own route value, and a page number that isn't one is page 1.
        var search = Request.Query["q"].ToString().Trim();
        Search = search.Length == 0 ? null : search[..Math.Min(search.Length, MaximumSearchLength)];
        var page = int.TryParse(Request.Query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
        Listing = await directory.PageAsync(Search, page, PageSize, cancellationToken);

        // The search is repeated beside people's details, which is what BREACH needs, so such a page is never
        // compressed over HTTPS (see docs/architecture.md, "Response compression").
        if (Search is not null && HttpContext.Features.Get<IHttpsCompressionFeature>() is { } compression)
        {
            compression.Mode = HttpsCompressionMode.DoNotCompress;
        }
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

        return Url.Page("/Admin/People/Index") + QueryString.Create(query).ToUriComponent();
    }
}
