using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Coproduce.Web.Components;

/// <summary>The GOV.UK tag, a status word: <c>&lt;govuk-tag class="govuk-tag--green"&gt;Approved&lt;/govuk-tag&gt;</c>.</summary>
[HtmlTargetElement("govuk-tag")]
public sealed class GovukTagTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        RootElement.Render(output, "strong", "govuk-tag", await RootElement.ChildHtmlAsync(output));
    }
}
