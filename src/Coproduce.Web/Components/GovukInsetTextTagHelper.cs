using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Coproduce.Web.Components;

/// <summary>GOV.UK inset text, for a quotation or something the reader should not miss.</summary>
[HtmlTargetElement("govuk-inset-text")]
public sealed class GovukInsetTextTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        RootElement.Render(output, "div", "govuk-inset-text", await RootElement.ChildHtmlAsync(output));
    }
}
