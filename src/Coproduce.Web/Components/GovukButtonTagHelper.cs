using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Coproduce.Web.Components;

/// <summary>The look of a GOV.UK button beside the main (green) one.</summary>
public enum GovukButtonVariant
{
    Primary,
    Secondary,
    Warning,
    Inverse,
}

/// <summary>
/// The GOV.UK button: <c>&lt;govuk-button variant="Secondary" name="action" value="save"&gt;Save&lt;/govuk-button&gt;</c>.
/// With an href it is a link that looks like a button (a start button, usually).
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class GovukButtonTagHelper : TagHelper
{
    /// <summary>The start button's arrow, exactly as govuk-frontend draws it.</summary>
    private const string StartIcon =
        "<svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\">"
        + "<path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/></svg>";

    public GovukButtonVariant Variant { get; set; }

    /// <summary>Makes the button a link to this address.</summary>
    public string? Href { get; set; }

    public string Type { get; set; } = "submit";

    /// <summary>Disabled buttons are still announced, with aria-disabled, but can't be pressed.</summary>
    public bool Disabled { get; set; }

    public bool IsStartButton { get; set; }

    /// <summary>Unset leaves govuk-frontend's default; true stops a double click submitting the form twice.</summary>
    public bool? PreventDoubleClick { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var classes = "govuk-button" + Variant switch
        {
            GovukButtonVariant.Primary => string.Empty,
            GovukButtonVariant.Secondary => " govuk-button--secondary",
            GovukButtonVariant.Warning => " govuk-button--warning",
            GovukButtonVariant.Inverse => " govuk-button--inverse",
            _ => throw new InvalidOperationException($"No button variant {Variant}"),
        } + (IsStartButton ? " govuk-button--start" : string.Empty);
        var content = await RootElement.ChildHtmlAsync(output) + (IsStartButton ? StartIcon : string.Empty);
        if (Href is not null)
        {
            RootElement.Render(output, "a", classes, content);
            output.Attributes.SetAttribute("href", Href);
            output.Attributes.SetAttribute("role", "button");
            output.Attributes.SetAttribute("draggable", "false");
        }
        else
        {
            RootElement.Render(output, "button", classes, content);
            output.Attributes.SetAttribute("type", Type);
            if (Disabled)
            {
                output.Attributes.SetAttribute(new TagHelperAttribute("disabled"));
                output.Attributes.SetAttribute("aria-disabled", "true");
            }
        }

        if (PreventDoubleClick is { } prevent)
        {
            output.Attributes.SetAttribute("data-prevent-double-click", prevent ? "true" : "false");
        }

        output.Attributes.SetAttribute("data-module", "govuk-button");
    }
}
