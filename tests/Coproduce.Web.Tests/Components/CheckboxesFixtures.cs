using System.Text.Json.Nodes;
using Coproduce.Web.Forms;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

internal sealed class CheckboxesFixtures : FieldFixtures
{
    public override string Component => "checkboxes";

    public override string TagName => "govuk-checkboxes";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options(
        [.. ChoiceFieldset, "values", "items[].hint", "items[].hint.text", "items[].checked", "items[].disabled", "items[].behaviour", "items[].divider", "classes",
            "items[].conditional", "items[].conditional.html"]);

    public override int MinimumMatched => 31;

    protected override string? CantExpressValue(JsonObject options) =>
        options.Str("classes") is { } classes && classes != "govuk-checkboxes--small" ? $"classes \"{classes}\" other than small" : null;

    public override Task<string> RenderAsync(JsonObject options)
    {
        var legend = options.Obj("fieldset").Obj("legend");
        var helper = new GovukCheckboxesTagHelper(TagHelperRendering.Text)
        {
            Items = [.. options.Objs("items").Select(item => item.Str("divider") is { } divider
                ? GovukCheckboxesItem.Divider(divider)
                : new GovukCheckboxesItem(item.Str("value") ?? string.Empty, item.Str("text") ?? string.Empty)
                {
                    Hint = item.Obj("hint").Str("text"),
                    Checked = item["checked"] is null ? null : item.Bool("checked"),
                    Disabled = item.Bool("disabled"),
                    Exclusive = item.Str("behaviour") == "exclusive",
                    Conditional = ConditionalHtml(item),
                })],
            LegendClass = legend.Str("classes"),
            Small = options.Str("classes") == "govuk-checkboxes--small",
        };
        var values = options["values"] is JsonArray array ? array.Select(v => v!.ToString()).ToList() : null;
        Bind(helper, options, values, options.Str("idPrefix"));
        Label(helper, legend);
        return TagHelperRendering.RenderAsync(helper, TagName);
    }
}
