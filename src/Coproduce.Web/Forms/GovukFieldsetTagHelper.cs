using Coproduce.Web.Components;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Coproduce.Web.Forms;

/// <summary>
/// A GOV.UK fieldset around related fields (an address), with its legend:
/// <c>&lt;govuk-fieldset legend="What is your address?" legend-class="govuk-fieldset__legend--l" legend-is-page-heading="true"&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-fieldset")]
public sealed class GovukFieldsetTagHelper : TagHelper
{
    public string Legend { get; set; } = string.Empty;

    /// <summary>A size, such as govuk-fieldset__legend--l, or a class of the page's own.</summary>
    public string? LegendClass { get; set; }

    /// <summary>When the fieldset is the page's only question, its legend is the page heading.</summary>
    public bool LegendIsPageHeading { get; set; }

    /// <summary>Ids of elements outside the fieldset that describe it (aria-describedby).</summary>
    public string? DescribedBy { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var legend = LegendIsPageHeading ? $"<h1 class=\"govuk-fieldset__heading\">{Html.Encode(Legend)}</h1>" : Html.Encode(Legend);
        RootElement.Render(output, "fieldset", "govuk-fieldset",
            $"<legend class=\"govuk-fieldset__legend{(LegendClass is null ? string.Empty : " " + Html.Encode(LegendClass))}\">{legend}</legend>"
            + await RootElement.ChildHtmlAsync(output));
        if (DescribedBy is not null)
        {
            output.Attributes.SetAttribute("aria-describedby", DescribedBy);
        }
    }
}
