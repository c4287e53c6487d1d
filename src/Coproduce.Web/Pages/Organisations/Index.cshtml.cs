using System.Globalization;
using Coproduce.Core.People;
using Coproduce.Web.Components;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Organisations;

/// <summary>The organisations on this installation, a page at a time: anyone may look before they ask to join.</summary>
[AllowAnonymous]
public sealed class IndexModel(OrganisationService organisations) : PageModel
{
    public const int PageSize = 20;

    public OrganisationsPage Listing { get; private set; } = new([], 1, PageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Read by hand: "page" is Razor Pages' own route value, and a page number that isn't one is page 1.
        var page = int.TryParse(Request.Query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
        Listing = await organisations.PageAsync(search: null, page, PageSize, LanguageCultures.Current, cancellationToken);
    }

    /// <summary>The page numbers under the list.</summary>
    public IReadOnlyList<GovukPaginationItem> PageItems => GovukPaginationItem.Around(Listing.Page, Listing.PageCount, PageUrl);

    /// <summary>The address of another page of the list; written by hand, since "page" in Url.Page's values names the Razor page.</summary>
    public string PageUrl(int page) =>
        Url.Page("/Organisations/Index") + (page > 1 ? QueryString.Create("page", page.ToString(CultureInfo.InvariantCulture)).ToUriComponent() : string.Empty);
}
