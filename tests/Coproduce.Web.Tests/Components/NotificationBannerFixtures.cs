using System.Text.Json.Nodes;
using Coproduce.Web.Components;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

internal sealed class NotificationBannerFixtures : ComponentFixtures
{
    public override string Component => "notification-banner";

    public override string TagName => "govuk-notification-banner";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options(
        "text", "html", "type", "titleText", "titleHtml", "titleId", "titleHeadingLevel", "role", "disableAutoFocus", "classes", "attributes");

    public override int MinimumMatched => 19;

    protected override string? CantExpressValue(JsonObject options) =>
        options.Str("type") is { } type and not "success"
            ? $"type \"{type}\" is not one the helper's enum names"
            : MarkupIn(options, "titleHtml");

    public override Task<string> RenderAsync(JsonObject options)
    {
        var helper = new GovukNotificationBannerTagHelper(TagHelperRendering.Text)
        {
            Type = options.Str("type") == "success" ? GovukNotificationBannerType.Success : GovukNotificationBannerType.Important,
            // A text message is the banner's heading; html is the tag's content.
            Text = options.Str("html") is null ? options.Str("text") : null,
            Title = PlainText(options, "titleText", "titleHtml"),
            TitleHeadingLevel = (int?)options["titleHeadingLevel"] ?? 2,
            Role = options.Str("role"),
            DisableAutoFocus = options["disableAutoFocus"] is null ? null : options.Bool("disableAutoFocus"),
        };
        if (options.Str("titleId") is { } titleId)
        {
            helper.TitleId = titleId;
        }

        return TagHelperRendering.RenderAsync(helper, TagName, RootAttributes(options), options.Str("html"));
    }
}
