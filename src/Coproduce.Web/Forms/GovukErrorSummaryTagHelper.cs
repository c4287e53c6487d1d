using System.Text;
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

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        var state = ViewContext.ViewData.ModelState;
        if (state.IsValid)
        {
            return;
        }

        var html = new StringBuilder();
        html.Append("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">")
            .Append("<h2 class=\"govuk-error-summary__title\">").Append(FieldState.Encode(text["Form.ErrorSummaryTitle"])).Append("</h2>")
            .Append("<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
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

        html.Append("</ul></div></div></div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
