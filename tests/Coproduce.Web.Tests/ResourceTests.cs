using System.Globalization;
using Coproduce.Web.Localization;

namespace Coproduce.Web.Tests;

public class ResourceTests
{
    [Fact]
    public void Every_piece_of_UI_text_has_English_and_Welsh_with_the_same_placeholders()
    {
        var sameInBoth = BilingualResources.AssertComplete(SiteText.Catalogue);

        // Names, and words Welsh borrows unchanged; anything else the same in both is an untranslated string.
        Assert.Equal(["Demo.Tag", "ServiceName"], sameInBoth.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_site_frame_and_each_capability_keep_their_words_in_their_own_folders() =>
        Assert.Equal(
            ["Api.Resources.ApiText", "Pages.Account.Resources.AccountText", "Pages.Admin.Audit.Resources.AdminAuditText",
                "Pages.Admin.Organisations.Resources.AdminOrganisationsText", "Pages.Admin.People.Resources.AdminPeopleText",
                "Pages.Admin.Resources.AdminText", "Pages.Credits.Resources.CreditsText", "Pages.Invitations.Resources.InvitationsText",
                "Pages.Ledger.Resources.LedgerText", "Pages.Organisations.Resources.OrganisationsText",
                "Pages.Profile.Resources.ProfileText", "Pages.Timebank.Resources.TimebankText", "Pages.Transport.Resources.TransportText", "Resources.SiteText"],
            SiteText.Catalogue.Files.Select(f => f.BaseName["Coproduce.Web.".Length..]));

    [Fact]
    public void Pages_read_each_capability_s_words_in_the_request_s_language()
    {
        var text = new SiteText();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("cy-GB");
            Assert.Equal("Balans", text["Member.Balance"].Value);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.Equal("Balance", text["Member.Balance"].Value);
            Assert.True(text["No.Such.Key"].ResourceNotFound);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
