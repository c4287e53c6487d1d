using System.Text.Json.Nodes;
using Coproduce.Web.Components;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

internal sealed class PanelFixtures : ComponentFixtures
{
    private const string InterruptionClass = "govuk-panel--interruption";

    public override string Component => "panel";

    public override string TagName => "govuk-panel";

    public override IReadOnlySet<string> SupportedOptions { get; } =
        Options("titleText", "titleHtml", "text", "html", "headingLevel", "classes", "attributes",
            "actions", "actions.classes", "actions.items", "actions.items[].text", "actions.items[].href", "actions.items[].type",
            "actions.items[].classes", "actions.items[].attributes");

    /// <summary>The attributes an action's button takes; others are not the helper's to write.</summary>
    private static readonly string[] ActionAttributes = ["form", "name", "value"];

    public override int MinimumMatched => 15;

    protected override string? CantExpressValue(JsonObject options)
    {
        var actions = options.Obj("actions");
        return actions is not null && !actions.Objs("items").Any() ? "an actions block with no actions"
            : actions.Objs("items").SelectMany(item => item.Obj("attributes") ?? []).FirstOrDefault(a => !ActionAttributes.Contains(a.Key)) is { Key: { } other }
                ? $"an action's attribute \"{other}\""
            : MarkupIn(options, "titleHtml");
    }

    public override Task<string> RenderAsync(JsonObject options)
    {
        var attributes = RootAttributes(options);
        // The interruption style is the helper's own switch, not a class the page has to know.
        var classes = (options.Str("classes") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        attributes.RemoveAll(a => a.Key == "class");
        var pageClasses = string.Join(' ', classes.Where(c => c != InterruptionClass));
        if (pageClasses.Length > 0)
        {
            attributes.Add(new("class", pageClasses));
        }

        var helper = new GovukPanelTagHelper
        {
            Title = PlainText(options, "titleText", "titleHtml") ?? string.Empty,
            HeadingLevel = (int?)options["headingLevel"] ?? 1,
            Interruption = classes.Contains(InterruptionClass),
            ActionsClass = options.Obj("actions").Str("classes"),
            Actions = [.. options.Obj("actions").Objs("items").Select(item => new GovukPanelAction(item.Str("text") ?? string.Empty, item.Str("href"))
            {
                // govuk-frontend makes an action a button when it has a type or no address.
                IsButton = item.Str("type") is not null,
                Type = item.Str("type") ?? "button",
                Form = item.Obj("attributes").Str("form"),
                Name = item.Obj("attributes").Str("name"),
                Value = item.Obj("attributes").Str("value"),
                Class = item.Str("classes"),
            })],
        };
        return TagHelperRendering.RenderAsync(helper, TagName, attributes, Content(options));
    }
}
