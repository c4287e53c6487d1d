using System.Text.Json.Nodes;
using Coproduce.Web.Forms;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

internal sealed class FieldsetFixtures : ComponentFixtures
{
    public override string Component => "fieldset";

    public override string TagName => "govuk-fieldset";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options(
        "legend", "legend.text", "legend.html", "legend.classes", "legend.isPageHeading", "html", "describedBy", "role", "classes", "attributes");

    public override int MinimumMatched => 17;

    protected override string? CantExpressValue(JsonObject options) => MarkupIn(options.Obj("legend"), "html");

    public override Task<string> RenderAsync(JsonObject options)
    {
        var legend = options.Obj("legend");
        var helper = new GovukFieldsetTagHelper
        {
            Legend = PlainText(legend, "text", "html") ?? string.Empty,
            LegendClass = legend.Str("classes"),
            LegendIsPageHeading = legend.Bool("isPageHeading"),
            DescribedBy = options.Str("describedBy"),
        };
        var attributes = RootAttributes(options);
        if (options.Str("role") is { } role)
        {
            attributes.Add(new("role", role));
        }

        return TagHelperRendering.RenderAsync(helper, TagName, attributes, options.Str("html"));
    }
}
