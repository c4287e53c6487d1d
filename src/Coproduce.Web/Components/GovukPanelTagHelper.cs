using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Coproduce.Web.Components;

/// <summary>The GOV.UK confirmation panel at the end of a journey: a title, and the tag's content (a reference) below it.</summary>
[HtmlTargetElement("govuk-panel")]
public sealed class GovukPanelTagHelper : TagHelper
{
    public string Title { get; set; } = string.Empty;

    public int HeadingLevel { get; set; } = 1;

    /// <summary>An interruption panel stops someone before they go on (GOV.UK's interruption card), not a confirmation.</summary>
    public bool Interruption { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var heading = "h" + HeadingLevel.ToString(CultureInfo.InvariantCulture);
        var content = await RootElement.ChildHtmlAsync(output);
        // govuk-frontend leaves the body out altogether when there is nothing to say under the title.
        var body = string.IsNullOrWhiteSpace(content) ? string.Empty : $"<div class=\"govuk-panel__body\">{content}</div>";
        RootElement.Render(output, "div", Interruption ? "govuk-panel govuk-panel--interruption" : "govuk-panel govuk-panel--confirmation",
            $"<{heading} class=\"govuk-panel__title\">{Html.Encode(Title)}</{heading}>{body}");
    }
}
