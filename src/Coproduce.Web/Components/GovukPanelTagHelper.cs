using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Coproduce.Web.Components;

/// <summary>
/// A way on from an interruption panel: a button (white, on the panel's colour), or a plain link when it has an
/// <see cref="Href"/> and is not <see cref="IsButton"/>.
/// </summary>
public sealed record GovukPanelAction(string Text, string? Href = null)
{
    /// <summary>Draws a link as a button too.</summary>
    public bool IsButton { get; init; }

    public string Type { get; init; } = "button";

    /// <summary>The form a submit button belongs to, when the panel sits outside it.</summary>
    public string? Form { get; init; }

    public string? Name { get; init; }

    public string? Value { get; init; }

    /// <summary>A class of the page's own.</summary>
    public string? Class { get; init; }
}

/// <summary>
/// The GOV.UK panel: a confirmation at the end of a journey (a title, and the tag's content, such as a reference, below
/// it), or an interruption card that stops someone to check something before they go on, with its actions.
/// </summary>
[HtmlTargetElement("govuk-panel")]
public sealed class GovukPanelTagHelper : TagHelper
{
    public string Title { get; set; } = string.Empty;

    public int HeadingLevel { get; set; } = 1;

    /// <summary>An interruption panel stops someone before they go on (GOV.UK's interruption card), not a confirmation.</summary>
    public bool Interruption { get; set; }

    /// <summary>The interruption panel's buttons and links, in order; a confirmation panel has none.</summary>
    public IReadOnlyList<GovukPanelAction> Actions { get; set; } = [];

    /// <summary>A class of the page's own for the block of actions.</summary>
    public string? ActionsClass { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var heading = "h" + HeadingLevel.ToString(CultureInfo.InvariantCulture);
        var content = await RootElement.ChildHtmlAsync(output);
        // govuk-frontend leaves the body out altogether when there is nothing to say under the title.
        var body = string.IsNullOrWhiteSpace(content) ? string.Empty : $"<div class=\"govuk-panel__body\">{content}</div>";
        RootElement.Render(output, "div", Interruption ? "govuk-panel govuk-panel--interruption" : "govuk-panel govuk-panel--confirmation",
            $"<{heading} class=\"govuk-panel__title\">{Html.Encode(Title)}</{heading}>{body}{ActionsHtml()}");
    }

    private string ActionsHtml()
    {
        if (!Interruption || Actions.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder($"<div class=\"{Html.Classes("govuk-panel__actions", ActionsClass)}\"><div class=\"govuk-button-group\">");
        foreach (var action in Actions)
        {
            var buttonClasses = Html.Classes("govuk-button govuk-button--inverse", action.Class);
            if (action.Href is null)
            {
                html.Append("<button type=\"").Append(Html.Encode(action.Type)).Append("\" class=\"").Append(buttonClasses).Append("\" data-module=\"govuk-button\"")
                    .Append(Html.Attribute("form", action.Form)).Append(Html.Attribute("name", action.Name)).Append(Html.Attribute("value", action.Value))
                    .Append('>').Append(Html.Encode(action.Text)).Append("</button>");
            }
            else if (action.IsButton)
            {
                html.Append("<a href=\"").Append(Html.Encode(action.Href)).Append("\" role=\"button\" draggable=\"false\" class=\"").Append(buttonClasses)
                    .Append("\" data-module=\"govuk-button\">").Append(Html.Encode(action.Text)).Append("</a>");
            }
            else
            {
                html.Append("<a class=\"").Append(Html.Classes("govuk-link govuk-link--inverse", action.Class)).Append("\" href=\"").Append(Html.Encode(action.Href))
                    .Append("\">").Append(Html.Encode(action.Text)).Append("</a>");
            }
        }

        return html.Append("</div></div>").ToString();
    }
}
