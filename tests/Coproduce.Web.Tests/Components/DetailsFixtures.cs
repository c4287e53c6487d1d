using System.Text.Json.Nodes;
using Coproduce.Web.Components;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

internal sealed class DetailsFixtures : ComponentFixtures
{
    public override string Component => "details";

    public override string TagName => "govuk-details";

    public override IReadOnlySet<string> SupportedOptions { get; } =
        Options("summaryText", "summaryHtml", "text", "html", "open", "id", "classes", "attributes");

    public override int MinimumMatched => 9;

    protected override string? CantExpressValue(JsonObject options) => MarkupIn(options, "summaryHtml");

    public override Task<string> RenderAsync(JsonObject options)
    {
        var attributes = RootAttributes(options);
        if (options.Str("id") is { } id)
        {
            attributes.Add(new("id", id));
        }

        var helper = new GovukDetailsTagHelper
        {
            Summary = PlainText(options, "summaryText", "summaryHtml") ?? string.Empty,
            Open = options.Bool("open"),
        };
        return TagHelperRendering.RenderAsync(helper, TagName, attributes, Content(options));
    }
}
