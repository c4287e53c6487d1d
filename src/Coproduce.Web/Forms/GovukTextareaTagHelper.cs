using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Forms;

/// <summary>The GOV.UK textarea.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper(IStringLocalizer<SharedResource> text) : GovukFieldTagHelper(text)
{
    public int Rows { get; set; } = 5;

    public string? Autocomplete { get; set; }

    /// <summary>Unset leaves it to the browser.</summary>
    public bool? Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = State;
        var textarea = $"<textarea class=\"govuk-textarea{(field.Error is null ? string.Empty : " govuk-textarea--error")}\" id=\"{field.Id}\" name=\"{field.Name}\" rows=\"{Rows}\""
            + (Autocomplete is null ? string.Empty : $" autocomplete=\"{Autocomplete}\"")
            + SpellcheckAttribute(Spellcheck)
            + DescribedByHtml(field) + ">" + FieldState.Encode(field.Value) + "</textarea>";
        output.TagName = null;
        output.Content.SetHtmlContent(FormGroup(field, LabelHtml(field) + field.HintHtml(Hint) + field.ErrorHtml(ErrorPrefix) + textarea));
    }
}
