using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Components;

/// <summary>GOV.UK warning text: the "!" icon is hidden from screen readers, which hear "Warning" in the page's language.</summary>
[HtmlTargetElement("govuk-warning-text")]
public sealed class GovukWarningTextTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    /// <summary>What a screen reader hears in place of the icon; "Warning" (or "Rhybudd") unless the page says otherwise.</summary>
    public string? IconFallbackText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var fallback = Html.Encode(IconFallbackText ?? text["Component.WarningText.IconFallback"]);
        RootElement.Render(output, "div", "govuk-warning-text",
            "<span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>"
            + $"<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">{fallback}</span> {await RootElement.ChildHtmlAsync(output)}</strong>");
    }
}
