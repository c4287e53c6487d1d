using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Forms;

/// <summary>What every GOV.UK form field shares: the model field, its label or legend, a hint.</summary>
public abstract class GovukFieldTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    /// <summary>The field's id, when the one made from its name won't do; hint and error ids follow it.</summary>
    public string? Id { get; set; }

    /// <summary>When the field is the page's only question, its label is the page heading.</summary>
    public bool LabelIsHeading { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    private protected IStringLocalizer<SharedResource> Text => text;

    private protected FieldState State => FieldState.Of(For, ViewContext, Id);

    private protected string LabelHtml(FieldState field, string cssClass = "govuk-label")
    {
        var label = $"<label class=\"{cssClass}{(LabelIsHeading ? " govuk-label--l" : string.Empty)}\" for=\"{field.Id}\">{FieldState.Encode(Label)}</label>";
        return LabelIsHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label;
    }

    private protected static string FormGroup(FieldState field, string inner) =>
        $"<div class=\"govuk-form-group{(field.Error is null ? string.Empty : " govuk-form-group--error")}\">{inner}</div>";

    private protected string ErrorPrefix => Text["Form.ErrorPrefix"];
}
