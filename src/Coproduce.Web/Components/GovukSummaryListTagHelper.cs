using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Coproduce.Web.Components;

/// <summary>
/// A link beside a summary list row or on a card, such as "Change"; its visually hidden text says what it acts on, for
/// screen readers ("Change <em>name</em>").
/// </summary>
public sealed record GovukSummaryListAction(string Href, string Text, string? VisuallyHiddenText = null)
{
    /// <summary>A class of the page's own for the link, e.g. govuk-link--no-visited-state.</summary>
    public string? Class { get; init; }
}

/// <summary>One row: a key, its value (text, or markup the page built) and any actions.</summary>
public sealed record GovukSummaryListRow(string Key, string? Value, IReadOnlyList<GovukSummaryListAction>? Actions = null)
{
    public IHtmlContent? ValueHtml { get; init; }

    /// <summary>Classes of the page's own for the row and its cells, e.g. govuk-summary-list__row--no-border.</summary>
    public string? Class { get; init; }

    public string? KeyClass { get; init; }

    public string? ValueClass { get; init; }

    public string? ActionsClass { get; init; }
}

/// <summary>
/// The GOV.UK summary list, used on "check your answers" pages:
/// <c>&lt;govuk-summary-list rows="Model.Answers" /&gt;</c>. With a card title it is a summary card.
/// </summary>
[HtmlTargetElement("govuk-summary-list", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSummaryListTagHelper : TagHelper
{
    public IReadOnlyList<GovukSummaryListRow> Rows { get; set; } = [];

    /// <summary>Makes the list a summary card with this title.</summary>
    public string? CardTitle { get; set; }

    public int CardHeadingLevel { get; set; } = 2;

    public IReadOnlyList<GovukSummaryListAction> CardActions { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        // govuk-frontend draws each row in three columns when any row has actions, so the rows without keep the grid.
        var anyRowHasActions = Rows.Any(row => row.Actions is { Count: > 0 });
        var list = new StringBuilder();
        foreach (var row in Rows)
        {
            var rowClasses = anyRowHasActions && row.Actions is not { Count: > 0 } ? "govuk-summary-list__row govuk-summary-list__row--no-actions" : "govuk-summary-list__row";
            list.Append("<div class=\"").Append(Html.Classes(rowClasses, row.Class)).Append("\">")
                .Append("<dt class=\"").Append(Html.Classes("govuk-summary-list__key", row.KeyClass)).Append("\">").Append(Html.Encode(row.Key)).Append("</dt>")
                .Append("<dd class=\"").Append(Html.Classes("govuk-summary-list__value", row.ValueClass)).Append("\">").Append(Html.Of(row.ValueHtml, row.Value)).Append("</dd>");
            if (row.Actions is { Count: > 0 } actions)
            {
                list.Append("<dd class=\"").Append(Html.Classes("govuk-summary-list__actions", row.ActionsClass)).Append("\">")
                    .Append(Links(actions, "<ul class=\"govuk-summary-list__actions-list\">", "govuk-summary-list__actions-list-item"))
                    .Append("</dd>");
            }

            list.Append("</div>");
        }

        var isCard = CardTitle is not null || CardActions.Count > 0;
        if (!isCard)
        {
            RootElement.Render(output, "dl", "govuk-summary-list", list.ToString());
            return;
        }

        var card = new StringBuilder("<div class=\"govuk-summary-card__title-wrapper\">");
        if (CardTitle is not null)
        {
            var heading = "h" + CardHeadingLevel.ToString(CultureInfo.InvariantCulture);
            card.Append('<').Append(heading).Append(" class=\"govuk-summary-card__title\">").Append(Html.Encode(CardTitle)).Append("</").Append(heading).Append('>');
        }

        if (CardActions.Count == 1)
        {
            card.Append("<div class=\"govuk-summary-card__actions\">").Append(Link(CardActions[0])).Append("</div>");
        }
        else if (CardActions.Count > 1)
        {
            card.Append(Links(CardActions, "<ul class=\"govuk-summary-card__actions\">", "govuk-summary-card__action"));
        }

        card.Append("</div><div class=\"govuk-summary-card__content\"><dl class=\"govuk-summary-list\">").Append(list).Append("</dl></div>");
        RootElement.Render(output, "div", "govuk-summary-card", card.ToString());
    }

    /// <summary>One action stands alone; several are a list.</summary>
    private string Links(IReadOnlyList<GovukSummaryListAction> actions, string listStart, string itemClass)
    {
        if (actions.Count == 1)
        {
            return Link(actions[0]);
        }

        var links = new StringBuilder(listStart);
        foreach (var action in actions)
        {
            links.Append("<li class=\"").Append(itemClass).Append("\">").Append(Link(action)).Append("</li>");
        }

        return links.Append("</ul>").ToString();
    }

    /// <summary>On a card, each link also names the card, so "Change" is never ambiguous to a screen reader.</summary>
    private string Link(GovukSummaryListAction action)
    {
        var hidden = (string.IsNullOrEmpty(action.VisuallyHiddenText) ? string.Empty : " " + Html.Encode(action.VisuallyHiddenText))
            + (CardTitle is null ? string.Empty : $" ({Html.Encode(CardTitle)})");
        return $"<a class=\"{Html.Classes("govuk-link", action.Class)}\" href=\"{Html.Encode(action.Href)}\">{Html.Encode(action.Text)}"
            + (hidden.Length == 0 ? string.Empty : $"<span class=\"govuk-visually-hidden\">{hidden}</span>") + "</a>";
    }
}
