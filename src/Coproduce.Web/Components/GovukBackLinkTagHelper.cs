using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Components;

/// <summary>The GOV.UK back link; its text is "Back" ("Yn ôl") unless the tag has content of its own.</summary>
[HtmlTargetElement("govuk-back-link")]
public sealed class GovukBackLinkTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    /// <summary>Where "back" goes. Pages should name the previous step: "#" only keeps govuk-frontend's default.</summary>
    public string Href { get; set; } = "#";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await RootElement.ChildHtmlAsync(output);
        RootElement.Render(output, "a", "govuk-back-link", string.IsNullOrWhiteSpace(content) ? Html.Encode(text["Component.BackLink.Text"]) : content);
        output.Attributes.SetAttribute("href", Href);
    }
}
