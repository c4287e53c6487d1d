using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Forms;

/// <summary>An option in a GOV.UK select.</summary>
/// <param name="Value">Sent when chosen; without one, the browser sends the text.</param>
/// <param name="Text">What the option says.</param>
public sealed record GovukSelectItem(string? Value, string Text)
{
    public bool Disabled { get; init; }

    /// <summary>Chosen (or not) whatever the field holds; unset, the option is chosen when the field holds its value.</summary>
    public bool? Selected { get; init; }
}

/// <summary>
/// The GOV.UK select: <c>&lt;govuk-select asp-for="Input.Area" label="Area" items="Model.Areas" /&gt;</c>. GOV.UK advises
/// radios for fewer than about ten choices; a select suits long lists.
/// </summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSelectTagHelper(IStringLocalizer<SharedResource> text) : GovukFieldTagHelper(text)
{
    public IReadOnlyList<GovukSelectItem> Items { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = State;
        var select = new StringBuilder();
        select.Append("<select class=\"govuk-select").Append(field.Error is null ? string.Empty : " govuk-select--error")
            .Append("\" id=\"").Append(field.Id).Append("\" name=\"").Append(field.Name).Append('"').Append(DescribedByHtml(field)).Append('>');
        foreach (var item in Items)
        {
            var selected = item.Selected ?? (field.Value is not null && string.Equals(item.Value ?? item.Text, field.Value, StringComparison.Ordinal));
            select.Append("<option").Append(item.Value is null ? string.Empty : $" value=\"{FieldState.Encode(item.Value)}\"")
                .Append(selected ? " selected" : string.Empty).Append(item.Disabled ? " disabled" : string.Empty).Append('>')
                .Append(FieldState.Encode(item.Text)).Append("</option>");
        }

        select.Append("</select>");
        output.TagName = null;
        output.Content.SetHtmlContent(FormGroup(field, LabelHtml(field) + field.HintHtml(Hint) + field.ErrorHtml(ErrorPrefix) + select));
    }
}
