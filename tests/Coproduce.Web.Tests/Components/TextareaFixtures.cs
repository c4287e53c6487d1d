using System.Text.Json.Nodes;
using Coproduce.Web.Forms;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

internal sealed class TextareaFixtures : FieldFixtures
{
    public override string Component => "textarea";

    public override string TagName => "govuk-textarea";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options([.. LabelledField, "rows", "autocomplete", "spellcheck"]);

    public override int MinimumMatched => 16;

    public override Task<string> RenderAsync(JsonObject options)
    {
        var helper = new GovukTextareaTagHelper(TagHelperRendering.Text)
        {
            Rows = (int?)options["rows"] ?? 5,
            Spellcheck = options["spellcheck"] is null ? null : options.Bool("spellcheck"),
            Autocomplete = options.Str("autocomplete"),
        };
        Bind(helper, options, options.Str("value"), options.Str("id"));
        Label(helper, options.Obj("label"));
        return TagHelperRendering.RenderAsync(helper, TagName);
    }
}
