using System.Text;
using Coproduce.Web.Components;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Forms;

/// <summary>
/// The GOV.UK error summary at the top of a form: every error, each linking to its field. Errors about the whole
/// form (an empty key) are listed without a link.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>A sentence above the list, such as what to do next.</summary>
    public string? Description { get; set; }

    /// <summary>Unset leaves govuk-frontend's default: the summary takes focus when the page loads.</summary>
    public bool? DisableAutoFocus { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var state = ViewContext.ViewData.ModelState;
        if (state.IsValid)
        {
            output.SuppressOutput();
            return;
        }

        var html = new StringBuilder();
        html.Append("<div role=\"alert\">")
            .Append("<h2 class=\"govuk-error-summary__title\">").Append(FieldState.Encode(text["Form.ErrorSummaryTitle"])).Append("</h2>")
            .Append("<div class=\"govuk-error-summary__body\">")
            .Append(Description is null ? string.Empty : $"<p>{FieldState.Encode(Description)}</p>")
            .Append("<ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (key, entry) in state)
        {
            foreach (var error in entry.Errors)
            {
                html.Append("<li>");
                if (key.Length == 0)
                {
                    html.Append(FieldState.Encode(error.ErrorMessage));
                }
                else
                {
                    html.Append("<a href=\"#").Append(FieldState.IdFor(key)).Append("\">").Append(FieldState.Encode(error.ErrorMessage)).Append("</a>");
                }

                html.Append("</li>");
            }
        }

        html.Append("</ul></div></div>");
        RootElement.Render(output, "div", "govuk-error-summary", html.ToString());
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        if (DisableAutoFocus is { } disable)
        {
            output.Attributes.SetAttribute("data-disable-auto-focus", disable ? "true" : "false");
        }
    }
}
