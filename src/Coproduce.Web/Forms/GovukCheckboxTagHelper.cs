using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Forms;

/// <summary>
/// One GOV.UK checkbox for a yes/no field; the page groups several in a <c>govuk-checkboxes</c> div inside a fieldset.
/// It draws exactly the item <see cref="GovukCheckboxesTagHelper"/> draws, so the two can't drift apart.
/// </summary>
[HtmlTargetElement("govuk-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukCheckboxTagHelper(IStringLocalizer<SharedResource> text) : GovukFieldTagHelper(text)
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = State;
        var isChecked = string.Equals(field.Value, "true", StringComparison.OrdinalIgnoreCase);
        output.TagName = null;
        output.Content.SetHtmlContent(ChoiceList.Html("checkboxes", "checkbox", field, [new Choice("true", Label, isChecked) { Hint = Hint }], DescribedBy ?? string.Empty));
    }
}
