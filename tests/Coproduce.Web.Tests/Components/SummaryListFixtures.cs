using System.Text.Json.Nodes;
using Coproduce.Web.Components;
using Coproduce.Web.Tests.Components.Support;
using Microsoft.AspNetCore.Html;

namespace Coproduce.Web.Tests.Components;

internal sealed class SummaryListFixtures : ComponentFixtures
{
    public override string Component => "summary-list";

    public override string TagName => "govuk-summary-list";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options(
        "classes", "attributes", "rows", "rows[].key", "rows[].key.text", "rows[].value", "rows[].value.text", "rows[].value.html",
        "rows[].actions", "rows[].actions.items", "rows[].actions.items[].href", "rows[].actions.items[].text", "rows[].actions.items[].visuallyHiddenText",
        "rows[].classes", "rows[].key.classes", "rows[].value.classes", "rows[].actions.classes", "rows[].actions.items[].classes",
        "card", "card.title", "card.title.text", "card.title.headingLevel", "card.classes", "card.attributes",
        "card.actions", "card.actions.items", "card.actions.items[].href", "card.actions.items[].text", "card.actions.items[].visuallyHiddenText");

    public override int MinimumMatched => 22;

    // A card with neither title nor actions is still a card in govuk-frontend; the helper makes a card from either.
    protected override string? CantExpressValue(JsonObject options) =>
        options.Obj("card") is { } card && card["title"] is null && card.Obj("actions") is null ? "a card with no title and no actions" : null;

    public override Task<string> RenderAsync(JsonObject options)
    {
        var card = options.Obj("card");
        var helper = new GovukSummaryListTagHelper
        {
            Rows = [.. options.Objs("rows").Select(row => new GovukSummaryListRow(
                row.Obj("key").Str("text") ?? string.Empty,
                row.Obj("value").Str("text"),
                [.. Actions(row.Obj("actions"))])
            {
                ValueHtml = row.Obj("value").Str("html") is { } html ? new HtmlString(html) : null,
                Class = row.Str("classes"),
                KeyClass = row.Obj("key").Str("classes"),
                ValueClass = row.Obj("value").Str("classes"),
                ActionsClass = row.Obj("actions").Str("classes"),
            })],
            CardTitle = card.Obj("title").Str("text"),
            CardHeadingLevel = (int?)card.Obj("title")?["headingLevel"] ?? 2,
            CardActions = [.. Actions(card.Obj("actions"))],
        };
        // The page's class and attributes go on the outermost element: the card when there is one.
        var attributes = card is null ? RootAttributes(options) : RootAttributes(card);
        return TagHelperRendering.RenderAsync(helper, TagName, attributes);
    }

    private static IEnumerable<GovukSummaryListAction> Actions(JsonObject? actions) => actions.Objs("items")
        .Select(action => new GovukSummaryListAction(action.Str("href") ?? string.Empty, action.Str("text") ?? string.Empty, action.Str("visuallyHiddenText"))
        {
            Class = action.Str("classes"),
        });
}
