using System.Text.Json.Nodes;
using Coproduce.Web.Components;
using Coproduce.Web.Tests.Components.Support;
using Microsoft.AspNetCore.Html;

namespace Coproduce.Web.Tests.Components;

internal sealed class TableFixtures : ComponentFixtures
{
    public override string Component => "table";

    public override string TagName => "govuk-table";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options(
        "caption", "captionClasses", "firstCellIsHeader", "classes", "attributes",
        "head", "head[].text", "head[].html", "head[].format", "head[].colspan", "head[].rowspan", "head[].classes", "rows[][].classes",
        "rows", "rows[][].text", "rows[][].html", "rows[][].format", "rows[][].colspan", "rows[][].rowspan");

    public override int MinimumMatched => 17;

    public override Task<string> RenderAsync(JsonObject options)
    {
        var helper = new GovukTableTagHelper
        {
            Caption = options.Str("caption"),
            CaptionClass = options.Str("captionClasses"),
            FirstCellIsHeader = options.Bool("firstCellIsHeader"),
            Head = options["head"] is JsonArray ? [.. options.Objs("head").Select(Cell)] : null,
            Rows = [.. (options["rows"] as JsonArray ?? []).OfType<JsonArray>().Select(row => (IReadOnlyList<GovukTableCell>)[.. row.OfType<JsonObject>().Select(Cell)])],
        };
        return TagHelperRendering.RenderAsync(helper, TagName, RootAttributes(options));
    }

    private static GovukTableCell Cell(JsonObject cell) => new(cell.Str("text"), cell.Str("format") == "numeric")
    {
        Html = cell.Str("html") is { } html ? new HtmlString(html) : null,
        Colspan = (int?)cell["colspan"],
        Rowspan = (int?)cell["rowspan"],
        Class = cell.Str("classes"),
    };
}
