using System.Text.Json.Nodes;
using Coproduce.Web.Forms;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

/// <summary>
/// The error summary lists the page's model-state errors under the app's own title, so a fixture's error list becomes
/// model-state errors (keyed by the field its link names) and its title must be the built-in one.
/// </summary>
internal sealed class ErrorSummaryFixtures : ComponentFixtures
{
    public override string Component => "error-summary";

    public override string TagName => "govuk-error-summary";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options(
        "titleText", "errorList", "errorList[].text", "errorList[].href", "descriptionText", "disableAutoFocus", "classes", "attributes");

    public override int MinimumMatched => 10;

    protected override string? CantExpressValue(JsonObject options) =>
        options.Str("titleText") is { } title && title != TagHelperRendering.Text["Form.ErrorSummaryTitle"] ? $"title \"{title}\" is not the built-in one"
        : options["errorList"] is null ? "no errors (the summary shows only when the page has some)"
        : options.Objs("errorList").Any(error => error.Str("href") is { } href && !href.StartsWith('#')) ? "a link to another page"
        : null;

    public override Task<string> RenderAsync(JsonObject options)
    {
        var helper = new GovukErrorSummaryTagHelper(TagHelperRendering.Text)
        {
            ViewContext = TagHelperRendering.View(),
            Description = options.Str("descriptionText"),
            DisableAutoFocus = options["disableAutoFocus"] is null ? null : options.Bool("disableAutoFocus"),
        };
        foreach (var error in options.Objs("errorList"))
        {
            helper.ViewContext.ViewData.ModelState.AddModelError(error.Str("href")?.TrimStart('#') ?? string.Empty, error.Str("text") ?? string.Empty);
        }

        return TagHelperRendering.RenderAsync(helper, TagName, RootAttributes(options));
    }
}
