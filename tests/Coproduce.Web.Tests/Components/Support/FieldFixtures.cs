using System.Text.Json.Nodes;
using Coproduce.Web.Forms;
using Microsoft.AspNetCore.Html;

namespace Coproduce.Web.Tests.Components.Support;

/// <summary>
/// Fixtures for a form field's tag helper: the fixture's name is the model field's, its value is the model's, and its
/// error message is a model-state error, which is how a page gives the helper all three.
/// </summary>
internal abstract class FieldFixtures : ComponentFixtures
{
    /// <summary>The options every field helper takes from a fixture with a label.</summary>
    protected static readonly string[] LabelledField =
        [
            "name", "id", "value", "label", "label.text", "label.classes", "label.isPageHeading", "hint", "hint.text", "errorMessage", "errorMessage.text",
            "describedBy", "formGroup", "formGroup.classes",
        ];

    /// <summary>The options every fieldset of choices (radios, checkboxes) takes from a fixture.</summary>
    protected static readonly string[] ChoiceFieldset =
    [
        "name", "idPrefix", "fieldset", "fieldset.legend", "fieldset.legend.text", "fieldset.legend.classes", "fieldset.legend.isPageHeading",
        "hint", "hint.text", "errorMessage", "errorMessage.text", "items", "items[].value", "items[].text",
        "describedBy", "fieldset.describedBy", "formGroup", "formGroup.classes",
    ];

    /// <summary>
    /// A label's classes can only be the large heading style the helper gives a label that is the page heading; a page
    /// picks the heading, not the class.
    /// </summary>
    protected override string? CantExpressValue(JsonObject options)
    {
        var label = options.Obj("label");
        return label.Str("classes") is { } classes && !(classes == "govuk-label--l" && label.Bool("isPageHeading"))
            ? $"label classes \"{classes}\" other than a page heading's"
            : label is not null && label.Bool("isPageHeading") && label.Str("classes") is null ? "a page heading label without its size class" : null;
    }

    protected static void Bind(GovukFieldTagHelper helper, JsonObject options, object? value, string? id)
    {
        ArgumentNullException.ThrowIfNull(helper);
        var name = options.Str("name") ?? string.Empty;
        helper.For = TagHelperRendering.Field(name, value);
        helper.ViewContext = TagHelperRendering.View();
        if (options.Obj("errorMessage").Str("text") is { } error)
        {
            helper.ViewContext.ViewData.ModelState.AddModelError(name, error);
        }

        helper.Id = id;
        helper.DescribedBy = options.Str("describedBy") ?? options.Obj("fieldset").Str("describedBy");
        helper.FormGroupClass = options.Obj("formGroup").Str("classes");
        helper.Hint = options.Obj("hint").Str("text");
    }

    /// <summary>An item's conditional content; govuk-frontend draws none for an empty one (or <c>false</c>).</summary>
    protected static HtmlString? ConditionalHtml(JsonObject item) =>
        item.Obj("conditional")?["html"] is JsonValue value && value.TryGetValue<string>(out var html) && html.Length > 0 ? new HtmlString(html) : null;

    protected static void Label(GovukFieldTagHelper helper, JsonObject? label)
    {
        ArgumentNullException.ThrowIfNull(helper);
        helper.Label = label.Str("text") ?? string.Empty;
        helper.LabelIsHeading = label.Bool("isPageHeading");
    }
}
