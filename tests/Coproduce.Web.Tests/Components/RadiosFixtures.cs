using System.Text.Json.Nodes;
using Coproduce.Web.Forms;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

/// <summary>Fixtures drive the helper's <c>Choices</c>, which take hints, dividers and conditional content.</summary>
internal sealed class RadiosFixtures : FieldFixtures
{
    public override string Component => "radios";

    public override string TagName => "govuk-radios";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options([
        .. ChoiceFieldset, "value", "items[].checked", "classes", "items[].hint", "items[].hint.text", "items[].disabled", "items[].divider",
        "items[].conditional", "items[].conditional.html"]);

    public override int MinimumMatched => 33;

    private static readonly string[] HelpersOwnClasses = ["govuk-radios--inline", "govuk-radios--small"];

    protected override string? CantExpressValue(JsonObject options) =>
        Classes(options).FirstOrDefault(c => !HelpersOwnClasses.Contains(c)) is { } other ? $"class \"{other}\" is not inline or small" : null;

    private static string[] Classes(JsonObject options) => (options.Str("classes") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public override Task<string> RenderAsync(JsonObject options)
    {
        var legend = options.Obj("fieldset").Obj("legend");
        var items = options.Objs("items").ToList();
        var helper = new GovukRadiosTagHelper(TagHelperRendering.Text)
        {
            Choices = [.. items.Select(item => item.Str("divider") is { } divider
                ? GovukRadiosItem.Divider(divider)
                : new GovukRadiosItem(item.Str("value") ?? string.Empty, item.Str("text") ?? string.Empty)
                {
                    Hint = item.Obj("hint").Str("text"),
                    Disabled = item.Bool("disabled"),
                    Checked = item["checked"] is null ? null : item.Bool("checked"),
                    Conditional = ConditionalHtml(item),
                })],
            Inline = Classes(options).Contains("govuk-radios--inline"),
            Small = Classes(options).Contains("govuk-radios--small"),
            LegendClass = legend.Str("classes"),
        };
        Bind(helper, options, options.Str("value"), options.Str("idPrefix"));
        Label(helper, legend);
        return TagHelperRendering.RenderAsync(helper, TagName);
    }
}
