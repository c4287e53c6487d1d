using System.Text;
using Coproduce.Web.Components;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Forms;

/// <summary>A choice in a GOV.UK checkboxes group, or a divider ("or") between choices.</summary>
public sealed record GovukCheckboxesItem(string Value, string Text)
{
    public string? Hint { get; init; }

    /// <summary>Ticked (or not) whatever the field holds; unset, the box is ticked when the field holds its value.</summary>
    public bool? Checked { get; init; }

    public bool Disabled { get; init; }

    /// <summary>"None of these": ticking it clears the others (govuk-frontend's script does it).</summary>
    public bool Exclusive { get; init; }

    /// <summary>Follow-up questions shown under the box while it is ticked (they must be answerable in any case).</summary>
    public IHtmlContent? Conditional { get; init; }

    /// <summary>Text between two choices, when <see cref="IsDivider"/>.</summary>
    public bool IsDivider { get; private init; }

    public static GovukCheckboxesItem Divider(string text) => new(string.Empty, text) { IsDivider = true };
}

/// <summary>
/// A GOV.UK checkboxes group for a field holding several values (a list of strings), in a fieldset whose legend is
/// the label: <c>&lt;govuk-checkboxes asp-for="Input.Needs" label="What do you need?" items="Model.Needs" /&gt;</c>.
/// A single yes/no tick is <see cref="GovukCheckboxTagHelper"/>.
/// </summary>
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukCheckboxesTagHelper(IStringLocalizer<SharedResource> text) : GovukFieldTagHelper(text)
{
    public IReadOnlyList<GovukCheckboxesItem> Items { get; set; } = [];

    /// <summary>A legend size, such as govuk-fieldset__legend--m.</summary>
    public string? LegendClass { get; set; }

    /// <summary>Small checkboxes, for filters beside a list.</summary>
    public bool Small { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = State;
        var ticked = TickedValues(field);
        // Without a fieldset to carry them, the group's hint and error describe each box.
        var groupDescribedBy = string.IsNullOrEmpty(Label) ? DescribedByHtml(field) : string.Empty;
        var groupIds = groupDescribedBy.Length == 0 ? string.Empty : groupDescribedBy[" aria-describedby=\"".Length..^1];
        var boxes = new StringBuilder();
        boxes.Append("<div class=\"govuk-checkboxes").Append(Small ? " govuk-checkboxes--small" : string.Empty).Append("\" data-module=\"govuk-checkboxes\">");
        var choices = Items.Select(item => item.IsDivider
            ? new Choice(string.Empty, string.Empty, IsTicked: false) { Divider = item.Text }
            : new Choice(item.Value, item.Text, item.Checked ?? ticked.Contains(item.Value))
            {
                Hint = item.Hint,
                Disabled = item.Disabled,
                Exclusive = item.Exclusive,
                ConditionalHtml = item.Conditional is null ? null : Html.Of(item.Conditional),
            }).ToList();
        boxes.Append(ChoiceList.Html("checkboxes", "checkbox", field, choices, groupIds));
        boxes.Append("</div>");
        var inner = field.HintHtml(Hint) + field.ErrorHtml(ErrorPrefix) + boxes;
        output.TagName = null;
        output.Content.SetHtmlContent(FormGroup(field, string.IsNullOrEmpty(Label) ? inner : Fieldset(field, inner)));
    }

    private string Fieldset(FieldState field, string inner)
    {
        var legend = LabelIsHeading ? $"<h1 class=\"govuk-fieldset__heading\">{FieldState.Encode(Label)}</h1>" : FieldState.Encode(Label);
        return $"<fieldset class=\"govuk-fieldset\"{DescribedByHtml(field)}>"
            + $"<legend class=\"govuk-fieldset__legend{(LegendClass is null ? string.Empty : " " + FieldState.Encode(LegendClass))}\">{legend}</legend>{inner}</fieldset>";
    }

    /// <summary>After a failed post, the boxes the person ticked; otherwise the values the field holds.</summary>
    private HashSet<string> TickedValues(FieldState field)
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(field.Name, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string[] values => [.. values],
                string value => [value],
                _ => [],
            };
        }

        return For.Model is IEnumerable<string> held ? [.. held] : [];
    }
}
