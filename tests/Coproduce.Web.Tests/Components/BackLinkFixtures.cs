using System.Text.Json.Nodes;
using Coproduce.Web.Components;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

internal sealed class BackLinkFixtures : ComponentFixtures
{
    public override string Component => "back-link";

    public override string TagName => "govuk-back-link";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options("text", "html", "href", "classes", "attributes");

    public override int MinimumMatched => 7;

    public override Task<string> RenderAsync(JsonObject options)
    {
        var helper = new GovukBackLinkTagHelper(TagHelperRendering.Text);
        if (options.Str("href") is { } href)
        {
            helper.Href = href;
        }

        return TagHelperRendering.RenderAsync(helper, TagName, RootAttributes(options), Content(options));
    }
}
