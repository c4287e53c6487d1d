using System.Text.Json.Nodes;
using Coproduce.Web.Forms;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

internal sealed class SelectFixtures : FieldFixtures
{
    public override string Component => "select";

    public override string TagName => "govuk-select";

    public override IReadOnlySet<string> SupportedOptions { get; } =
        Options([.. LabelledField, "items", "items[].value", "items[].text", "items[].selected", "items[].disabled"]);

    public override int MinimumMatched => 14;

    public override Task<string> RenderAsync(JsonObject options)
    {
        var helper = new GovukSelectTagHelper(TagHelperRendering.Text)
        {
            Items = [.. options.Objs("items").Select(item => new GovukSelectItem(item.Str("value"), item.Str("text") ?? string.Empty)
            {
                Selected = item["selected"] is null ? null : item.Bool("selected"),
                Disabled = item.Bool("disabled"),
            })],
        };
        Bind(helper, options, options.Str("value"), options.Str("id"));
        Label(helper, options.Obj("label"));
        return TagHelperRendering.RenderAsync(helper, TagName);
    }
}
