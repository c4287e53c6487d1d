using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Forms;

/// <summary>
/// The GOV.UK file upload, as the browser draws it (govuk-frontend's JavaScript drop zone is not used, so it works the
/// same without scripts): <c>&lt;govuk-file-upload asp-for="Input.Document" label="Upload a file" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-file-upload", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukFileUploadTagHelper(IStringLocalizer<SharedResource> text) : GovukFieldTagHelper(text)
{
    public bool Multiple { get; set; }

    /// <summary>File types the browser offers first, e.g. ".pdf,image/*".</summary>
    public string? Accept { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = State;
        // A file input never shows a value: browsers refuse to prefill one.
        var input = $"<input class=\"govuk-file-upload{(field.Error is null ? string.Empty : " govuk-file-upload--error")}\" id=\"{field.Id}\" name=\"{field.Name}\" type=\"file\""
            + (Multiple ? " multiple" : string.Empty)
            + (Accept is null ? string.Empty : $" accept=\"{FieldState.Encode(Accept)}\"")
            + DescribedByHtml(field) + ">";
        output.TagName = null;
        output.Content.SetHtmlContent(FormGroup(field, LabelHtml(field) + field.HintHtml(Hint) + field.ErrorHtml(ErrorPrefix) + input));
    }
}
