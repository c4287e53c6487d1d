using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Coproduce.Web.Components;
using Coproduce.Web.Forms;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

/// <summary>The words a component writes by itself come from the resource files, so a Welsh page gets them in Welsh.</summary>
public class GovukComponentWelshTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Built_in_words_are_in_Welsh_on_a_Welsh_page()
    {
        var (backLink, warning, important, success, pagination, characterCount) = await RenderAllAsync("cy-GB");

        Assert.Equal("Yn ôl", backLink.QuerySelector("a.govuk-back-link")!.TextContent.Trim());
        Assert.Equal("Rhybudd", warning.QuerySelector(".govuk-visually-hidden")!.TextContent.Trim());
        Assert.Equal("Pwysig", important.QuerySelector(".govuk-notification-banner__title")!.TextContent.Trim());
        Assert.Equal("Llwyddiant", success.QuerySelector(".govuk-notification-banner__title")!.TextContent.Trim());
        Assert.Equal("Tudalennu", pagination.QuerySelector("nav")!.GetAttribute("aria-label"));
        Assert.Equal("Blaenorol tudalen", pagination.QuerySelector(".govuk-pagination__prev .govuk-pagination__link-title")!.TextContent.Trim());
        Assert.Equal("Nesaf tudalen", pagination.QuerySelector(".govuk-pagination__next .govuk-pagination__link-title")!.TextContent.Trim());
        Assert.Equal("Tudalen 2", pagination.QuerySelector(".govuk-pagination__item--current a")!.GetAttribute("aria-label"));
        Assert.Equal("Gallwch roi hyd at 10 o nodau", characterCount.QuerySelector(".govuk-character-count__message")!.TextContent.Trim());
        // govuk-frontend's script counts down in English unless the page gives it the words.
        var counter = characterCount.QuerySelector("[data-module=govuk-character-count]")!;
        Assert.Equal("Mae gennych %{count} o nodau ar ôl", counter.GetAttribute("data-i18n.characters-under-limit.other"));
        Assert.Equal("Mae gennych %{count} o eiriau yn ormod", counter.GetAttribute("data-i18n.words-over-limit.other"));
    }

    [Fact]
    public async Task Built_in_words_are_govuk_frontends_English_on_an_English_page()
    {
        var (backLink, warning, important, success, pagination, characterCount) = await RenderAllAsync("en-GB");

        Assert.Equal("Back", backLink.QuerySelector("a.govuk-back-link")!.TextContent.Trim());
        Assert.Equal("Warning", warning.QuerySelector(".govuk-visually-hidden")!.TextContent.Trim());
        Assert.Equal("Important", important.QuerySelector(".govuk-notification-banner__title")!.TextContent.Trim());
        Assert.Equal("Success", success.QuerySelector(".govuk-notification-banner__title")!.TextContent.Trim());
        Assert.Equal("Previous page", pagination.QuerySelector(".govuk-pagination__prev .govuk-pagination__link-title")!.TextContent.Trim());
        Assert.Equal("You can enter up to 10 characters", characterCount.QuerySelector(".govuk-character-count__message")!.TextContent.Trim());
        // The script's own English is the same as the resources', so no attributes repeat it.
        var counter = characterCount.QuerySelector("[data-module=govuk-character-count]")!;
        Assert.DoesNotContain(counter.Attributes, attribute => attribute.Name.StartsWith("data-i18n", StringComparison.Ordinal));
    }

    private static async Task<(IElement BackLink, IElement Warning, IElement Important, IElement Success, IElement Pagination, IElement CharacterCount)> RenderAllAsync(string culture)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var text = TagHelperRendering.Text;
            var characterCount = new GovukCharacterCountTagHelper(text)
            {
                For = TagHelperRendering.Field("Story", (string?)null),
                ViewContext = TagHelperRendering.View(),
                Label = "Story",
                Maxlength = 10,
            };
            return (
                Parse(await TagHelperRendering.RenderAsync(new GovukBackLinkTagHelper(text) { Href = "/" }, "govuk-back-link")),
                Parse(await TagHelperRendering.RenderAsync(new GovukWarningTextTagHelper(text), "govuk-warning-text", childHtml: "Take care")),
                Parse(await TagHelperRendering.RenderAsync(new GovukNotificationBannerTagHelper(text) { Text = "News" }, "govuk-notification-banner")),
                Parse(await TagHelperRendering.RenderAsync(
                    new GovukNotificationBannerTagHelper(text) { Type = GovukNotificationBannerType.Success, Text = "Saved" }, "govuk-notification-banner")),
                Parse(await TagHelperRendering.RenderAsync(
                    new GovukPaginationTagHelper(text)
                    {
                        PreviousHref = "/1",
                        NextHref = "/3",
                        Items = [new("1", "/1"), new("2", "/2") { Current = true }, new("3", "/3")],
                    },
                    "govuk-pagination")),
                Parse(await TagHelperRendering.RenderAsync(characterCount, "govuk-character-count")));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static IElement Parse(string html)
    {
        var document = Parser.ParseDocument($"<body>{html}</body>");
        return document.Body!;
    }
}
