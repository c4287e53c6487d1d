using System.Text.Json.Nodes;
using Coproduce.Web.Components;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

internal sealed class TagFixtures : ComponentFixtures
{
    public override string Component => "tag";

    public override string TagName => "govuk-tag";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options("text", "html", "classes", "attributes");

    public override int MinimumMatched => 12;

    public override Task<string> RenderAsync(JsonObject options) =>
        TagHelperRendering.RenderAsync(new GovukTagTagHelper(), TagName, RootAttributes(options), Content(options));
}
