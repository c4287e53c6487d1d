using System.Globalization;
using System.Text;

namespace Coproduce.Web.Forms;

/// <summary>One radio or checkbox as the list draws it, once its helper has decided whether it is ticked.</summary>
internal sealed record Choice(string Value, string Text, bool IsTicked)
{
    public string? Hint { get; init; }

    public bool Disabled { get; init; }

    public bool Exclusive { get; init; }

    /// <summary>Text between choices ("or"); a divider is not a choice.</summary>
    public string? Divider { get; init; }

    /// <summary>Markup shown under the choice while it is ticked (govuk-frontend's script hides it otherwise).</summary>
    public string? ConditionalHtml { get; init; }
}

/// <summary>
/// The items of GOV.UK radios and checkboxes, which differ only in their class names and input type. The first choice
/// carries the field's own id, so the error summary's link lands on it; dividers count in the numbering, as in
/// govuk-frontend.
/// </summary>
internal static class ChoiceList
{
    /// <param name="kind">"radios" or "checkboxes": the class prefix.</param>
    /// <param name="inputType">"radio" or "checkbox".</param>
    /// <param name="field">The field the choices set.</param>
    /// <param name="choices">The choices and dividers, in order.</param>
    /// <param name="groupIds">Ids that describe every choice (a group's hint and error when there is no fieldset).</param>
    public static string Html(string kind, string inputType, FieldState field, IReadOnlyList<Choice> choices, string groupIds)
    {
        var html = new StringBuilder();
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            if (choice.Divider is not null)
            {
                html.Append("<div class=\"govuk-").Append(kind).Append("__divider\">").Append(FieldState.Encode(choice.Divider)).Append("</div>");
                continue;
            }

            var id = i == 0 ? field.Id : $"{field.Id}-{(i + 1).ToString(CultureInfo.InvariantCulture)}";
            var hintId = id + "-item-hint";
            var conditionalId = "conditional-" + id;
            var describedBy = string.Join(' ', new[] { groupIds, choice.Hint is null ? null : hintId }.Where(ids => !string.IsNullOrEmpty(ids)));
            html.Append("<div class=\"govuk-").Append(kind).Append("__item\"><input class=\"govuk-").Append(kind).Append("__input\" id=\"").Append(id)
                .Append("\" name=\"").Append(field.Name).Append("\" type=\"").Append(inputType).Append("\" value=\"").Append(FieldState.Encode(choice.Value)).Append('"')
                .Append(choice.IsTicked ? " checked" : string.Empty)
                .Append(choice.Disabled ? " disabled" : string.Empty)
                .Append(choice.ConditionalHtml is null ? string.Empty : $" data-aria-controls=\"{conditionalId}\"")
                .Append(describedBy.Length == 0 ? string.Empty : $" aria-describedby=\"{describedBy}\"")
                .Append(choice.Exclusive ? " data-behaviour=\"exclusive\"" : string.Empty)
                .Append("><label class=\"govuk-label govuk-").Append(kind).Append("__label\" for=\"").Append(id).Append("\">").Append(FieldState.Encode(choice.Text)).Append("</label>")
                .Append(choice.Hint is null ? string.Empty : $"<div id=\"{hintId}\" class=\"govuk-hint govuk-{kind}__hint\">{FieldState.Encode(choice.Hint)}</div>")
                .Append("</div>");
            if (choice.ConditionalHtml is not null)
            {
                html.Append("<div class=\"govuk-").Append(kind).Append("__conditional")
                    .Append(choice.IsTicked ? string.Empty : $" govuk-{kind}__conditional--hidden").Append("\" id=\"").Append(conditionalId).Append("\">")
                    .Append(choice.ConditionalHtml).Append("</div>");
            }
        }

        return html.ToString();
    }
}
