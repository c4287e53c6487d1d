using System.Text.Json.Nodes;
using Coproduce.Web.Forms;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

/// <summary>The JavaScript drop zone (the "javascript" option and its texts) is left to the browser's own file input.</summary>
internal sealed class FileUploadFixtures : FieldFixtures
{
    public override string Component => "file-upload";

    public override string TagName => "govuk-file-upload";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options([.. LabelledField.Where(o => o != "value"), "multiple"]);

    public override int MinimumMatched => 12;

    public override Task<string> RenderAsync(JsonObject options)
    {
        var helper = new GovukFileUploadTagHelper(TagHelperRendering.Text) { Multiple = options.Bool("multiple") };
        Bind(helper, options, value: null, options.Str("id"));
        Label(helper, options.Obj("label"));
        return TagHelperRendering.RenderAsync(helper, TagName);
    }
}
