using System.Globalization;
using Coproduce.Core.Common;

namespace Coproduce.Core.Tests;

public class MessagesTests
{
    [Fact]
    public void Every_message_has_English_and_Welsh_text_with_the_same_placeholders() =>
        Assert.Empty(BilingualResources.AssertComplete(CoreMessages.Catalogue));

    [Fact]
    public void Each_capability_keeps_its_messages_in_its_own_folder() =>
        Assert.Equal(
            ["Common.Resources.CommonMessages", "Credits.Resources.CreditMessages", "Journeys.Resources.JourneyMessages", "Ledger.Resources.LedgerMessages",
                "Notifications.Resources.NotificationMessages", "People.Resources.InvitationMessages", "People.Resources.OrganisationMessages",
                "People.Resources.PeopleMessages", "Timebank.Resources.TimebankMessages", "Transport.Resources.TransportMessages"],
            CoreMessages.Catalogue.Files.Select(f => f.BaseName["Coproduce.Core.".Length..]));

    [Fact]
    public void Messages_are_formatted_in_the_culture_asked_for()
    {
        var error = new FieldError("Amount", "Hours.TooLarge", 10_000);
        Assert.Equal("The amount must be 10,000 hours or less", error.Message(CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("Rhaid i'r swm fod yn 10,000 awr neu lai", error.Message(CultureInfo.GetCultureInfo("cy-GB")));
    }

    [Fact]
    public void An_unknown_code_is_a_programming_error_not_an_empty_message() =>
        Assert.Throws<InvalidOperationException>(() => CoreMessages.Format("No.Such.Code", CultureInfo.InvariantCulture));
}
