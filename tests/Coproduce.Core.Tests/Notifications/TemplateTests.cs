using System.Globalization;
using Coproduce.Core.Notifications;
using static Coproduce.Core.Tests.Notifications.NotificationFixtures;

namespace Coproduce.Core.Tests.Notifications;

public class TemplateTests
{
    [Fact]
    public void Every_template_has_English_and_Welsh_text_with_the_same_placeholders()
    {
        Assert.Empty(BilingualResources.AssertComplete(NotificationTemplates.Catalogue));
        foreach (var template in Enum.GetValues<NotificationTemplate>())
        {
            // Rendering every template with enough arguments proves each one has a subject and a body in both languages.
            Assert.NotEqual(
                NotificationTemplates.Render(template, English, "A", "B", "C", "D", "E"),
                NotificationTemplates.Render(template, Welsh, "A", "B", "C", "D", "E"));
        }
    }

    [Fact]
    public void A_coordinator_is_told_who_asked_to_join_what_in_their_language()
    {
        object[] args = ["Gareth", "Megan Price", "Blaengarw Timebank", "https://coproduce.example/requests/7"];

        var english = NotificationTemplates.Render(NotificationTemplate.MembershipRequested, English, args);
        var welsh = NotificationTemplates.Render(NotificationTemplate.MembershipRequested, Welsh, args);

        Assert.Equal("Membership request for Blaengarw Timebank", english.Subject);
        Assert.StartsWith("Dear Gareth,\n\nMegan Price has asked to become a member of Blaengarw Timebank.", english.Body, StringComparison.Ordinal);
        Assert.Contains("https://coproduce.example/requests/7", english.Body, StringComparison.Ordinal);
        Assert.Equal("Cais am aelodaeth ar gyfer Blaengarw Timebank", welsh.Subject);
        Assert.StartsWith("Annwyl Gareth,\n\nMae Megan Price wedi gofyn am ddod yn aelod o Blaengarw Timebank.", welsh.Body, StringComparison.Ordinal);
        Assert.Contains("https://coproduce.example/requests/7", welsh.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cy", "cy")]
    [InlineData("cy-GB", "cy")]
    [InlineData("en-GB", "en")]
    [InlineData("fr-FR", "en")]
    public void Welsh_cultures_are_Welsh_and_every_other_culture_is_English(string culture, string expected)
    {
        var language = CultureInfo.GetCultureInfo(culture);
        Assert.Equal(expected, NotificationTemplates.LanguageCode(language));
        var rendered = NotificationTemplates.Render(NotificationTemplate.ResetPassword, language, "Dai", "https://x.example/r");
        Assert.Equal(expected == "cy" ? "Ailosod eich cyfrinair" : "Reset your password", rendered.Subject);
    }

    [Fact]
    public void Too_few_arguments_is_a_programming_error_not_a_half_written_message() =>
        Assert.Throws<ArgumentException>(() => NotificationTemplates.Render(NotificationTemplate.MembershipRequested, English, "Gareth", "Megan"));
}
