using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Coproduce.Web.Components;

/// <summary>
/// Turns a component's tag into its outermost GOV.UK element. Attributes the page writes on the tag that the helper
/// doesn't bind (an id, data-*, aria-*) stay on that element, and a page's class is added after the GOV.UK one.
/// </summary>
internal static class RootElement
{
    public static void Render(TagHelperOutput output, string tagName, string govukClasses, string innerHtml)
    {
        output.TagName = tagName;
        output.TagMode = TagMode.StartTagAndEndTag;
        var pageClasses = output.Attributes.TryGetAttribute("class", out var existing) ? EncodedValue(existing.Value) : string.Empty;
        output.Attributes.SetAttribute("class", new HtmlString(pageClasses.Length == 0 ? govukClasses : $"{govukClasses} {pageClasses}"));
        output.Content.SetHtmlContent(innerHtml);
    }

    /// <summary>The attribute as HTML, so a Razor value (already encoded) isn't encoded twice.</summary>
    private static string EncodedValue(object? value)
    {
        switch (value)
        {
            case null:
                return string.Empty;
            case HtmlString html:
                return html.Value ?? string.Empty;
            case IHtmlContent content:
                using (var writer = new StringWriter())
                {
                    content.WriteTo(writer, HtmlEncoder.Default);
                    return writer.ToString();
                }

            default:
                return HtmlEncoder.Default.Encode(value.ToString() ?? string.Empty);
        }
    }

    public static async Task<string> ChildHtmlAsync(TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        return content.GetContent();
    }
}
