using System.Text.Json.Nodes;
using Coproduce.Web.Forms;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

/// <summary>The radios helper takes value and text pairs, so item hints, dividers and conditional content are not expressed.</summary>
internal sealed class RadiosFixtures : FieldFixtures
{
    public override string Component => "radios";

    public override string TagName => "govuk-radios";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options([.. ChoiceFieldset, "value", "items[].checked", "classes"]);

    public override int MinimumMatched => 18;

    protected override string? CantExpressValue(JsonObject options) =>
        options.Str("classes") is { } classes && classes != "govuk-radios--inline" ? $"classes \"{classes}\" other than inline"
        : options.Objs("items").Any(item => item["checked"] is not null && !item.Bool("checked")) ? "an item unchecked against the field's value (the helper checks by value only)"
        : options.Objs("items").Count(item => item.Bool("checked")) + (options["value"] is null ? 0 : 1) > 1 ? "more than one radio checked" : null;

    public override Task<string> RenderAsync(JsonObject options)
    {
        var legend = options.Obj("fieldset").Obj("legend");
        var items = options.Objs("items").ToList();
        var helper = new GovukRadiosTagHelper(TagHelperRendering.Text)
        {
            Items = [.. items.Select(item => new KeyValuePair<string, string>(item.Str("value") ?? string.Empty, item.Str("text") ?? string.Empty))],
            Inline = options.Str("classes") == "govuk-radios--inline",
            LegendClass = legend.Str("classes"),
        };
        // A checked item is the field's value: the helper checks the radio whose value the field holds.
        var value = options.Str("value") ?? items.FirstOrDefault(item => item.Bool("checked")).Str("value");
        Bind(helper, options, value, options.Str("idPrefix"));
        Label(helper, legend);
        return TagHelperRendering.RenderAsync(helper, TagName);
    }
}
