using System.Text.Json.Nodes;
using Coproduce.Web.Components;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

internal sealed class ButtonFixtures : ComponentFixtures
{
    private static readonly Dictionary<string, GovukButtonVariant> VariantClasses = new(StringComparer.Ordinal)
    {
        ["govuk-button--secondary"] = GovukButtonVariant.Secondary,
        ["govuk-button--warning"] = GovukButtonVariant.Warning,
        ["govuk-button--inverse"] = GovukButtonVariant.Inverse,
    };

    public override string Component => "button";

    public override string TagName => "govuk-button";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options(
        "text", "html", "href", "type", "name", "value", "id", "disabled", "isStartButton", "preventDoubleClick", "classes", "attributes");

    public override int MinimumMatched => 37;

    // govuk-frontend wraps a start link's html (not its text) in a span; the helper's content is always html.
    protected override string? CantExpressValue(JsonObject options) =>
        options.Bool("isStartButton") && options.Str("html") is not null ? "a start button's html content is wrapped in a span, its text is not" : null;

    public override Task<string> RenderAsync(JsonObject options)
    {
        var classes = (options.Str("classes") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var helper = new GovukButtonTagHelper
        {
            // The variants are the helper's own switch; a page need not know their classes.
            Variant = classes.Select(c => VariantClasses.GetValueOrDefault(c)).FirstOrDefault(v => v != GovukButtonVariant.Primary),
            Href = options.Str("href"),
            Disabled = options.Bool("disabled"),
            IsStartButton = options.Bool("isStartButton"),
            PreventDoubleClick = options["preventDoubleClick"] is null ? null : options.Bool("preventDoubleClick"),
        };
        if (options.Str("type") is { } type)
        {
            helper.Type = type;
        }

        var attributes = RootAttributes(options);
        attributes.RemoveAll(a => a.Key == "class");
        var pageClasses = string.Join(' ', classes.Where(c => !VariantClasses.ContainsKey(c)));
        if (pageClasses.Length > 0)
        {
            attributes.Add(new("class", pageClasses));
        }

        foreach (var passedThrough in new[] { "name", "value", "id" })
        {
            if (options.Str(passedThrough) is { } value)
            {
                attributes.Add(new(passedThrough, value));
            }
        }

        return TagHelperRendering.RenderAsync(helper, TagName, attributes, Content(options));
    }
}
