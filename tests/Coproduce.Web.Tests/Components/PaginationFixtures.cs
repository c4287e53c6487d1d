using System.Text.Json.Nodes;
using Coproduce.Web.Components;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

internal sealed class PaginationFixtures : ComponentFixtures
{
    public override string Component => "pagination";

    public override string TagName => "govuk-pagination";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options(
        "classes", "attributes", "landmarkLabel", "items", "items[].number", "items[].href", "items[].current", "items[].ellipsis", "items[].visuallyHiddenText",
        "previous", "previous.href", "previous.text", "previous.labelText", "next", "next.href", "next.text", "next.labelText");

    public override int MinimumMatched => 14;

    public override Task<string> RenderAsync(JsonObject options)
    {
        var previous = options.Obj("previous");
        var next = options.Obj("next");
        var helper = new GovukPaginationTagHelper(TagHelperRendering.Text)
        {
            Items = [.. options.Objs("items").Select(item => item.Bool("ellipsis")
                ? GovukPaginationItem.Gap
                : new GovukPaginationItem(item.Str("number") ?? string.Empty, item.Str("href"))
                {
                    Current = item.Bool("current"),
                    VisuallyHiddenText = item.Str("visuallyHiddenText"),
                })],
            PreviousHref = previous.Str("href"),
            PreviousText = previous.Str("text"),
            PreviousLabel = previous.Str("labelText"),
            NextHref = next.Str("href"),
            NextText = next.Str("text"),
            NextLabel = next.Str("labelText"),
            LandmarkLabel = options.Str("landmarkLabel"),
        };
        return TagHelperRendering.RenderAsync(helper, TagName, RootAttributes(options));
    }
}
