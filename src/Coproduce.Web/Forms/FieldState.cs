using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Coproduce.Web.Forms;

/// <summary>A form field's name, id, current text and error, as the GOV.UK components need them.</summary>
internal sealed class FieldState
{
    private FieldState(string name, string? id, string? error, string? value)
    {
        Name = name;
        Id = id ?? IdFor(name);
        Error = error;
        Value = value;
    }

    public string Name { get; }

    public string Id { get; }

    public string? Error { get; }

    public string? Value { get; }

    public string ErrorId => Id + "-error";

    public string HintId => Id + "-hint";

    public static string IdFor(string name) => TagBuilder.CreateSanitizedId(name, "_");

    // id: the page's own id for the field, when the one made from its name won't do.
    public static FieldState Of(ModelExpression field, ViewContext view, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        // Inside a partial given `for="Input"`, the field's own name is relative; the form needs the full one.
        var name = view.ViewData.TemplateInfo.GetFullHtmlFieldName(field.Name);
        var error = view.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;
        // After a failed post, show exactly what the person typed.
        var value = entry?.AttemptedValue ?? field.Model?.ToString();
        return new FieldState(name, id, error, value);
    }

    /// <summary>The error message paragraph, with a visually hidden "Error:" for screen readers.</summary>
    public string ErrorHtml(string errorPrefix) => Error is null
        ? string.Empty
        : $"<p id=\"{ErrorId}\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">{Encode(errorPrefix)}:</span> {Encode(Error)}</p>";

    public string HintHtml(string? hint) => string.IsNullOrEmpty(hint) ? string.Empty : $"<div id=\"{HintId}\" class=\"govuk-hint\">{Encode(hint)}</div>";

    /// <param name="hint">The field's hint, whose id is added when there is one.</param>
    /// <param name="others">Ids of other elements the page says describe the field; they come first, as in govuk-frontend.</param>
    public string DescribedBy(string? hint, string? others = null)
    {
        var ids = new List<string>();
        if (!string.IsNullOrWhiteSpace(others))
        {
            ids.Add(Encode(others));
        }

        if (!string.IsNullOrEmpty(hint))
        {
            ids.Add(HintId);
        }

        if (Error is not null)
        {
            ids.Add(ErrorId);
        }

        return ids.Count == 0 ? string.Empty : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }

    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);
}
