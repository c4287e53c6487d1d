using System.Text.Json.Nodes;
using Coproduce.Web.Forms;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

/// <summary>Custom message texts are the resource files' to give, so fixtures that set them are not expressed.</summary>
internal sealed class CharacterCountFixtures : FieldFixtures
{
    public override string Component => "character-count";

    public override string TagName => "govuk-character-count";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options([.. LabelledField, "maxlength", "maxwords", "threshold", "countType", "rows", "spellcheck"]);

    public override int MinimumMatched => 26;

    public override Task<string> RenderAsync(JsonObject options)
    {
        var helper = new GovukCharacterCountTagHelper(TagHelperRendering.Text)
        {
            Maxlength = (int?)options["maxlength"],
            Maxwords = (int?)options["maxwords"],
            Threshold = (int?)options["threshold"],
            CountType = options.Str("countType"),
            Rows = (int?)options["rows"] ?? 5,
            Spellcheck = options["spellcheck"] is null ? null : options.Bool("spellcheck"),
        };
        Bind(helper, options, options.Str("value"), options.Str("id"));
        Label(helper, options.Obj("label"));
        return TagHelperRendering.RenderAsync(helper, TagName);
    }
}
