using System.Text;
using Coproduce.Web.Components;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Forms;

/// <summary>A radio with more than a value and text, or a divider ("or") between radios.</summary>
public sealed record GovukRadiosItem(string Value, string Text)
{
    public string? Hint { get; init; }

    public bool Disabled { get; init; }

    /// <summary>Checked (or not) whatever the field holds; unset, the radio is checked when the field holds its value.</summary>
    public bool? Checked { get; init; }

    /// <summary>Follow-up questions shown under the radio while it is checked (they must be answerable in any case).</summary>
    public IHtmlContent? Conditional { get; init; }

    public bool IsDivider { get; private init; }

    public static GovukRadiosItem Divider(string text) => new(string.Empty, text) { IsDivider = true };
}

/// <summary>
/// GOV.UK radios in a fieldset; the label is the legend. <see cref="Items"/> are value and text pairs;
/// <see cref="Choices"/> take hints, dividers and follow-up questions too.
/// </summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukRadiosTagHelper(IStringLocalizer<SharedResource> text) : GovukFieldTagHelper(text)
{
    public IReadOnlyList<KeyValuePair<string, string>> Items { get; set; } = [];

    /// <summary>Used instead of <see cref="Items"/> when given.</summary>
    public IReadOnlyList<GovukRadiosItem> Choices { get; set; } = [];

    public bool Inline { get; set; }

    /// <summary>Small radios, for filters beside a list.</summary>
    public bool Small { get; set; }

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
            .Append("<div class=\"govuk-radios").Append(Inline ? " govuk-radios--inline" : string.Empty).Append(Small ? " govuk-radios--small" : string.Empty).Append("\" data-module=\"govuk-radios\">");
        var items = Choices.Count > 0 ? Choices : [.. Items.Select(pair => new GovukRadiosItem(pair.Key, pair.Value))];
        var choices = items.Select(item => item.IsDivider
            ? new Choice(string.Empty, string.Empty, IsTicked: false) { Divider = item.Text }
            : new Choice(item.Value, item.Text, item.Checked ?? string.Equals(item.Value, field.Value, StringComparison.OrdinalIgnoreCase))
            {
                Hint = item.Hint,
                Disabled = item.Disabled,
                ConditionalHtml = item.Conditional is null ? null : Html.Of(item.Conditional),
            }).ToList();
        html.Append(ChoiceList.Html("radios", "radio", field, choices, groupIds: string.Empty));
        html.Append("</div>").Append(hasFieldset ? "</fieldset>" : string.Empty);
        output.TagName = null;
        output.Content.SetHtmlContent(FormGroup(field, html.ToString()));
    }
}
