using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Forms;

/// <summary>The GOV.UK text input: <c>&lt;govuk-input asp-for="Input.Email" label="Email address" type="email" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper(IStringLocalizer<SharedResource> text) : GovukFieldTagHelper(text)
{
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>A GOV.UK width class, e.g. govuk-input--width-20.</summary>
    public string? Width { get; set; }

    /// <summary>Unset leaves it to the browser; false for names, emails and codes, which a spellchecker only marks wrong.</summary>
    public bool? Spellcheck { get; set; }

    public string? Inputmode { get; set; }

    /// <summary>Shown before the box, such as "£"; hidden from screen readers, so the label must say it too.</summary>
    public string? Prefix { get; set; }

    /// <summary>Shown after the box, such as "per item"; hidden from screen readers, so the label must say it too.</summary>
    public string? Suffix { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = State;
        // A password is never sent back to the browser, even after a failed post.
        var value = Type == "password" ? string.Empty : field.Value;
        var classes = "govuk-input" + (Width is null ? string.Empty : " " + Width) + (field.Error is null ? string.Empty : " govuk-input--error");
        var input = $"<input class=\"{classes}\" id=\"{field.Id}\" name=\"{field.Name}\" type=\"{Type}\""
            // An empty field has no value attribute at all, as govuk-frontend writes it.
            + (string.IsNullOrEmpty(value) ? string.Empty : $" value=\"{FieldState.Encode(value)}\"")
            + (Autocomplete is null ? string.Empty : $" autocomplete=\"{Autocomplete}\"")
            + (Inputmode is null ? string.Empty : $" inputmode=\"{Inputmode}\"")
            + SpellcheckAttribute(Spellcheck)
            + DescribedByHtml(field) + ">";
        if (Prefix is not null || Suffix is not null)
        {
            input = "<div class=\"govuk-input__wrapper\">"
                + (Prefix is null ? string.Empty : $"<div class=\"govuk-input__prefix\" aria-hidden=\"true\">{FieldState.Encode(Prefix)}</div>")
                + input
                + (Suffix is null ? string.Empty : $"<div class=\"govuk-input__suffix\" aria-hidden=\"true\">{FieldState.Encode(Suffix)}</div>")
                + "</div>";
        }

        output.TagName = null;
        output.Content.SetHtmlContent(FormGroup(field, LabelHtml(field) + field.HintHtml(Hint) + field.ErrorHtml(ErrorPrefix) + input));
    }
}
