using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Components;

public enum GovukNotificationBannerType
{
    /// <summary>Something the person needs to know that isn't about what they just did.</summary>
    Important,

    /// <summary>The outcome of what they just did; announced at once (role="alert") and focused by govuk-frontend's script.</summary>
    Success,
}

/// <summary>
/// The GOV.UK notification banner. A one-line message goes in <see cref="Text"/> (shown as the banner's heading);
/// anything longer is the tag's content. The title is "Important" or "Success" in the page's language.
/// </summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class GovukNotificationBannerTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    public GovukNotificationBannerType Type { get; set; }

    public string? Text { get; set; }

    /// <summary>Replaces the built-in title.</summary>
    public string? Title { get; set; }

    public string TitleId { get; set; } = "govuk-notification-banner-title";

    public int TitleHeadingLevel { get; set; } = 2;

    /// <summary>Overrides the role that follows from <see cref="Type"/>.</summary>
    public string? Role { get; set; }

    /// <summary>Unset leaves govuk-frontend's default (a success banner takes focus).</summary>
    public bool? DisableAutoFocus { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var isSuccess = Type == GovukNotificationBannerType.Success;
        var title = Title ?? text[isSuccess ? "Component.NotificationBanner.SuccessTitle" : "Component.NotificationBanner.ImportantTitle"];
        var heading = "h" + TitleHeadingLevel.ToString(CultureInfo.InvariantCulture);
        var content = Text is null
            ? await RootElement.ChildHtmlAsync(output)
            : $"<p class=\"govuk-notification-banner__heading\">{Html.Encode(Text)}</p>";
        RootElement.Render(output, "div", isSuccess ? "govuk-notification-banner govuk-notification-banner--success" : "govuk-notification-banner",
            $"<div class=\"govuk-notification-banner__header\"><{heading} class=\"govuk-notification-banner__title\" id=\"{Html.Encode(TitleId)}\">{Html.Encode(title)}</{heading}></div>"
            + $"<div class=\"govuk-notification-banner__content\">{content}</div>");
        output.Attributes.SetAttribute("role", Role ?? (isSuccess ? "alert" : "region"));
        output.Attributes.SetAttribute("aria-labelledby", TitleId);
        output.Attributes.SetAttribute("data-module", "govuk-notification-banner");
        if (DisableAutoFocus is { } disable)
        {
            output.Attributes.SetAttribute("data-disable-auto-focus", disable ? "true" : "false");
        }
    }
}
