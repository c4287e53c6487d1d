using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Forms;

/// <summary>The GOV.UK date input for a <see cref="DateParts"/> field: day, month, year in a fieldset.</summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper(IStringLocalizer<SharedResource> text) : GovukFieldTagHelper(text)
{
    /// <summary>The legend's size; small unless the page says otherwise.</summary>
    public string? LegendClass { get; set; } = "govuk-fieldset__legend--s";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = State;
        var parts = For.Model as DateParts ?? new DateParts();
        var html = new StringBuilder();
        html.Append("<fieldset class=\"govuk-fieldset\" role=\"group\"").Append(DescribedByHtml(field)).Append('>')
            .Append("<legend class=\"govuk-fieldset__legend").Append(LegendClass is null ? string.Empty : " " + FieldState.Encode(LegendClass)).Append("\">").Append(FieldState.Encode(Label)).Append("</legend>")
            .Append(field.HintHtml(Hint)).Append(field.ErrorHtml(ErrorPrefix))
            .Append("<div class=\"govuk-date-input\" id=\"").Append(field.Id).Append("-parts\">");
        Part(html, field, "Day", Text["Form.Day"], parts.Day, "govuk-input--width-2", isFirst: true);
        Part(html, field, "Month", Text["Form.Month"], parts.Month, "govuk-input--width-2", isFirst: false);
        Part(html, field, "Year", Text["Form.Year"], parts.Year, "govuk-input--width-4", isFirst: false);
        html.Append("</div></fieldset>");
        output.TagName = null;
        output.Content.SetHtmlContent(FormGroup(field, html.ToString()));
    }

    private static void Part(StringBuilder html, FieldState field, string part, string label, string? value, string width, bool isFirst)
    {
        // The day box carries the field's id, so the error summary's link lands on the first box.
        var id = isFirst ? field.Id : $"{field.Id}_{part}";
        html.Append("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">")
            .Append("<label class=\"govuk-label govuk-date-input__label\" for=\"").Append(id).Append("\">").Append(FieldState.Encode(label)).Append("</label>")
            .Append("<input class=\"govuk-input govuk-date-input__input ").Append(width).Append(field.Error is null ? string.Empty : " govuk-input--error")
            .Append("\" id=\"").Append(id).Append("\" name=\"").Append(field.Name).Append('.').Append(part)
            .Append("\" type=\"text\" inputmode=\"numeric\"")
            // An empty box has no value attribute at all, as govuk-frontend writes it.
            .Append(string.IsNullOrEmpty(value) ? string.Empty : $" value=\"{FieldState.Encode(value)}\"").Append("></div></div>");
    }
}
