using System.Text.Json.Nodes;
using Coproduce.Web.Forms;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

internal sealed class InputFixtures : FieldFixtures
{
    public override string Component => "input";

    public override string TagName => "govuk-input";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options([.. LabelledField, "type", "autocomplete", "inputmode", "spellcheck", "classes", "prefix", "prefix.text", "suffix", "suffix.text"]);

    public override int MinimumMatched => 33;

    // The helper's Width is a GOV.UK width class; other classes on the input are not the helper's to take.
    protected override string? CantExpressValue(JsonObject options) =>
        options.Str("classes") is { } classes && !classes.StartsWith("govuk-input--width-", StringComparison.Ordinal) && !classes.StartsWith("govuk-!-width-", StringComparison.Ordinal)
            ? $"classes \"{classes}\" are not a width"
            : base.CantExpressValue(options);

    public override Task<string> RenderAsync(JsonObject options)
    {
        var helper = new GovukInputTagHelper(TagHelperRendering.Text)
        {
            Autocomplete = options.Str("autocomplete"),
            Inputmode = options.Str("inputmode"),
            Width = options.Str("classes"),
            Spellcheck = options["spellcheck"] is null ? null : options.Bool("spellcheck"),
            Prefix = options.Obj("prefix").Str("text"),
            Suffix = options.Obj("suffix").Str("text"),
        };
        if (options.Str("type") is { } type)
        {
            helper.Type = type;
        }

        Bind(helper, options, options.Str("value"), options.Str("id"));
        Label(helper, options.Obj("label"));
        return TagHelperRendering.RenderAsync(helper, TagName);
    }
}
