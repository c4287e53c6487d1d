using System.Text.Json.Nodes;
using Coproduce.Web.Components;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

internal sealed class InsetTextFixtures : ComponentFixtures
{
    public override string Component => "inset-text";

    public override string TagName => "govuk-inset-text";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options("text", "html", "classes", "attributes", "id");

    public override int MinimumMatched => 6;

    public override Task<string> RenderAsync(JsonObject options)
    {
        var attributes = RootAttributes(options);
        if (options.Str("id") is { } id)
        {
            attributes.Add(new("id", id));
        }

        return TagHelperRendering.RenderAsync(new GovukInsetTextTagHelper(), TagName, attributes, Content(options));
    }
}
