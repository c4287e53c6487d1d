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

    /// <summary>Ids of other elements on the page that describe the field (aria-describedby), before its hint and error.</summary>
    public string? DescribedBy { get; set; }

    /// <summary>A class of the page's own for the field's form group, e.g. to show a group's error around it.</summary>
    public string? FormGroupClass { get; set; }

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

    private protected string FormGroup(FieldState field, string inner) =>
        $"<div class=\"{FormGroupClasses(field)}\">{inner}</div>";

    private protected string FormGroupClasses(FieldState field) =>
        "govuk-form-group" + (field.Error is null ? string.Empty : " govuk-form-group--error")
        + (string.IsNullOrWhiteSpace(FormGroupClass) ? string.Empty : " " + FieldState.Encode(FormGroupClass));

    private protected static string SpellcheckAttribute(bool? spellcheck) =>
        spellcheck is { } on ? $" spellcheck=\"{(on ? "true" : "false")}\"" : string.Empty;

    /// <summary>The field's aria-describedby attribute (with a leading space), or nothing.</summary>
    private protected string DescribedByHtml(FieldState field) => field.DescribedBy(Hint, DescribedBy);

    private protected string ErrorPrefix => Text["Form.ErrorPrefix"];
}
