using System.Text.Json.Nodes;
using Coproduce.Web.Components;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

/// <summary>The interruption panel's actions (buttons and links inside the panel) are not in the helper yet.</summary>
internal sealed class PanelFixtures : ComponentFixtures
{
    private const string InterruptionClass = "govuk-panel--interruption";

    public override string Component => "panel";

    public override string TagName => "govuk-panel";

    public override IReadOnlySet<string> SupportedOptions { get; } =
        Options("titleText", "titleHtml", "text", "html", "headingLevel", "classes", "attributes");

    public override int MinimumMatched => 10;

    protected override string? CantExpressValue(JsonObject options) => MarkupIn(options, "titleHtml");

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
        };
        return TagHelperRendering.RenderAsync(helper, TagName, attributes, Content(options));
    }
}
