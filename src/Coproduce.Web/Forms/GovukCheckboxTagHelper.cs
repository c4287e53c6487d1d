using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Forms;

/// <summary>One GOV.UK checkbox for a yes/no field; the page groups several in a fieldset.</summary>
[HtmlTargetElement("govuk-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukCheckboxTagHelper(IStringLocalizer<SharedResource> text) : GovukFieldTagHelper(text)
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = State;
        var isChecked = string.Equals(field.Value, "true", StringComparison.OrdinalIgnoreCase);
        var hint = string.IsNullOrEmpty(Hint)
            ? string.Empty
            : $"<div id=\"{field.HintId}\" class=\"govuk-hint govuk-checkboxes__hint\">{FieldState.Encode(Hint)}</div>";
        output.TagName = null;
        output.Content.SetHtmlContent(
            $"<div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" id=\"{field.Id}\" name=\"{field.Name}\" type=\"checkbox\" value=\"true\""
            + (isChecked ? " checked" : string.Empty) + DescribedByHtml(field) + ">"
            + $"<label class=\"govuk-label govuk-checkboxes__label\" for=\"{field.Id}\">{FieldState.Encode(Label)}</label>{hint}</div>");
    }
}
