using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Coproduce.Web.Components;

/// <summary>GOV.UK details: a summary line that opens to show the tag's content (no JavaScript needed).</summary>
[HtmlTargetElement("govuk-details")]
public sealed class GovukDetailsTagHelper : TagHelper
{
    public string Summary { get; set; } = string.Empty;

    public bool Open { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        RootElement.Render(output, "details", "govuk-details",
            $"<summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">{Html.Encode(Summary)}</span></summary>"
            + $"<div class=\"govuk-details__text\">{await RootElement.ChildHtmlAsync(output)}</div>");
        if (Open)
        {
            output.Attributes.SetAttribute(new TagHelperAttribute("open"));
        }
    }
}
