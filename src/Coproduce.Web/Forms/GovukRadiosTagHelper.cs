using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Forms;

/// <summary>GOV.UK radios in a fieldset; the label is the legend. Items are value and text pairs.</summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukRadiosTagHelper(IStringLocalizer<SharedResource> text) : GovukFieldTagHelper(text)
{
    public IReadOnlyList<KeyValuePair<string, string>> Items { get; set; } = [];

    public bool Inline { get; set; }

    /// <summary>The legend's size; small by default, large when the label is the page heading.</summary>
    public string? LegendClass { get; set; } = DefaultLegendClass;

    private const string DefaultLegendClass = "govuk-fieldset__legend--s";

    private string LegendClasses => LegendClass == DefaultLegendClass && LabelIsHeading
        ? " govuk-fieldset__legend--l"
        : LegendClass is null ? string.Empty : " " + FieldState.Encode(LegendClass);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = State;
        var html = new StringBuilder();
        // Without a label the radios stand alone: the page has given them a fieldset (or a heading) of its own.
        var hasFieldset = !string.IsNullOrEmpty(Label);
        if (hasFieldset)
        {
            html.Append("<fieldset class=\"govuk-fieldset\"").Append(DescribedByHtml(field)).Append('>')
                .Append("<legend class=\"govuk-fieldset__legend").Append(LegendClasses).Append("\">")
                .Append(LabelIsHeading ? "<h1 class=\"govuk-fieldset__heading\">" : string.Empty).Append(FieldState.Encode(Label))
                .Append(LabelIsHeading ? "</h1>" : string.Empty).Append("</legend>");
        }

        html.Append(field.HintHtml(Hint)).Append(field.ErrorHtml(ErrorPrefix))
            .Append("<div class=\"govuk-radios").Append(Inline ? " govuk-radios--inline" : string.Empty).Append("\" data-module=\"govuk-radios\">");
        for (var i = 0; i < Items.Count; i++)
        {
            // The first radio carries the field's own id, so the error summary's link lands on it.
            var id = i == 0 ? field.Id : $"{field.Id}-{i + 1}";
            var (value, label) = (Items[i].Key, Items[i].Value);
            html.Append("<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"").Append(id)
                .Append("\" name=\"").Append(field.Name).Append("\" type=\"radio\" value=\"").Append(FieldState.Encode(value)).Append('"')
                .Append(string.Equals(value, field.Value, StringComparison.OrdinalIgnoreCase) ? " checked" : string.Empty)
                .Append("><label class=\"govuk-label govuk-radios__label\" for=\"").Append(id).Append("\">")
                .Append(FieldState.Encode(label)).Append("</label></div>");
        }

        html.Append("</div>").Append(hasFieldset ? "</fieldset>" : string.Empty);
        output.TagName = null;
        output.Content.SetHtmlContent(FormGroup(field, html.ToString()));
    }
}
