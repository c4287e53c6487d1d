using System.Text.Json.Nodes;
using Coproduce.Web.Components;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

internal sealed class WarningTextFixtures : ComponentFixtures
{
    public override string Component => "warning-text";

    public override string TagName => "govuk-warning-text";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options("text", "html", "classes", "attributes", "iconFallbackText");

    public override int MinimumMatched => 8;

    public override Task<string> RenderAsync(JsonObject options) => TagHelperRendering.RenderAsync(
        new GovukWarningTextTagHelper(TagHelperRendering.Text) { IconFallbackText = options.Str("iconFallbackText") },
        TagName, RootAttributes(options), Content(options));
}
