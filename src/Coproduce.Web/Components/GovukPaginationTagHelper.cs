using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Components;

/// <summary>A page number in a pagination list, or a gap ("⋯") between them.</summary>
public sealed record GovukPaginationItem(string Number, string? Href)
{
    public bool Current { get; init; }

    public bool Ellipsis { get; init; }

    /// <summary>Replaces "Page N" as the link's accessible name.</summary>
    public string? VisuallyHiddenText { get; init; }

    public static GovukPaginationItem Gap { get; } = new(string.Empty, null) { Ellipsis = true };

    /// <summary>
    /// The numbers GOV.UK shows for page <paramref name="current"/> of <paramref name="last"/>: the first and last pages
    /// and those beside the current one, with a gap wherever numbers are left out, so a list of any length takes a line.
    /// </summary>
    public static IReadOnlyList<GovukPaginationItem> Around(int current, int last, Func<int, string> href)
    {
        ArgumentNullException.ThrowIfNull(href);
        var shown = new SortedSet<int> { 1, last, current - 1, current, current + 1 };
        shown.RemoveWhere(p => p < 1 || p > last);
        var items = new List<GovukPaginationItem>();
        var previous = 0;
        foreach (var number in shown)
        {
            if (number > previous + 1)
            {
                items.Add(Gap);
            }

            items.Add(new GovukPaginationItem(number.ToString(CultureInfo.CurrentCulture), href(number)) { Current = number == current });
            previous = number;
        }

        return items;
    }
}

/// <summary>
/// GOV.UK pagination. With numbered items it is a row of page links between "Previous" and "Next"; with no items it is
/// the block style, for moving between a sequence of pages, where each link can carry a label naming the page.
/// "Previous", "Next", "Page N" and the landmark's name are in the page's language.
/// </summary>
[HtmlTargetElement("govuk-pagination", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukPaginationTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    private const string PreviousIcon =
        "<svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\">"
        + "<path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path></svg>";

    private const string NextIcon =
        "<svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\">"
        + "<path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path></svg>";

    public IReadOnlyList<GovukPaginationItem> Items { get; set; } = [];

    public string? PreviousHref { get; set; }

    /// <summary>Replaces "Previous page".</summary>
    public string? PreviousText { get; set; }

    /// <summary>In the block style, names the previous page under the link.</summary>
    public string? PreviousLabel { get; set; }

    public string? NextHref { get; set; }

    public string? NextText { get; set; }

    public string? NextLabel { get; set; }

    /// <summary>The navigation landmark's name, when a page has more than one.</summary>
    public string? LandmarkLabel { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        // Razor writes a string attribute's value into a buffer, so previous-href="@(first ? null : url)" arrives as
        // "", not null: an empty address means no link, or page 1 would offer a "Previous" link to itself.
        var previousHref = string.IsNullOrEmpty(PreviousHref) ? null : PreviousHref;
        var nextHref = string.IsNullOrEmpty(NextHref) ? null : NextHref;
        var isBlock = Items.Count == 0 && (previousHref is not null || nextHref is not null);
        var html = new StringBuilder();
        if (previousHref is not null)
        {
            html.Append(Link(isBlock, isNext: false, previousHref, PreviousText, PreviousLabel));
        }

        if (Items.Count > 0)
        {
            html.Append("<ul class=\"govuk-pagination__list\">");
            foreach (var item in Items)
            {
                html.Append(item.Ellipsis
                    ? "<li class=\"govuk-pagination__item govuk-pagination__item--ellipsis\">&ctdot;</li>"
                    : Page(item));
            }

            html.Append("</ul>");
        }

        if (nextHref is not null)
        {
            html.Append(Link(isBlock, isNext: true, nextHref, NextText, NextLabel));
        }

        RootElement.Render(output, "nav", isBlock ? "govuk-pagination govuk-pagination--block" : "govuk-pagination", html.ToString());
        output.Attributes.SetAttribute("aria-label", LandmarkLabel ?? text["Component.Pagination.Label"]);
    }

    private string Page(GovukPaginationItem item)
    {
        var label = item.VisuallyHiddenText ?? string.Format(CultureInfo.CurrentCulture, text["Component.Pagination.PageNumber"], item.Number);
        return $"<li class=\"govuk-pagination__item{(item.Current ? " govuk-pagination__item--current" : string.Empty)}\">"
            + $"<a class=\"govuk-link govuk-pagination__link\" href=\"{Html.Encode(item.Href)}\" aria-label=\"{Html.Encode(label)}\"{(item.Current ? " aria-current=\"page\"" : string.Empty)}>"
            + $"{Html.Encode(item.Number)}</a></li>";
    }

    private string Link(bool isBlock, bool isNext, string href, string? customText, string? label)
    {
        // By default the visible word is "Previous" or "Next"; screen readers also hear "page".
        var words = customText is null
            ? Html.Encode(text[isNext ? "Component.Pagination.Next" : "Component.Pagination.Previous"])
                + $"<span class=\"govuk-visually-hidden\"> {Html.Encode(text["Component.Pagination.PageHidden"])}</span>"
            : Html.Encode(customText);
        var hasLabel = isBlock && label is not null;
        var title = $"<span class=\"govuk-pagination__link-title{(isBlock && label is null ? " govuk-pagination__link-title--decorated" : string.Empty)}\">{words}</span>"
            + (hasLabel ? $"<span class=\"govuk-visually-hidden\">:</span><span class=\"govuk-pagination__link-label\">{Html.Encode(label)}</span>" : string.Empty);
        // The arrow comes first, except for "Next" in a row of numbers, where it points onward after the words.
        var iconFirst = isBlock || !isNext;
        var icon = isNext ? NextIcon : PreviousIcon;
        return $"<div class=\"govuk-pagination__{(isNext ? "next" : "prev")}\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Html.Encode(href)}\" rel=\"{(isNext ? "next" : "prev")}\">"
            + (iconFirst ? icon + title : title + icon) + "</a></div>";
    }
}
