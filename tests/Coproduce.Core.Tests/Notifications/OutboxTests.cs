using Coproduce.Core.Notifications;
using static Coproduce.Core.Tests.Notifications.NotificationFixtures;

namespace Coproduce.Core.Tests.Notifications;

public class OutboxTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_Welsh_speaker_gets_Welsh_and_an_English_speaker_English(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var outbox = database.StartAppServer(smtp: null).Outbox();
        var start = database.Clock.GetUtcNow();
        var megan = Guid.NewGuid();
        var john = Guid.NewGuid();

        var welsh = await outbox.EnqueueEmailAsync("megan@example.org", megan, Welsh, NotificationTemplate.MembershipApproved,
            ["Megan", "Banc Amser Blaengarw"]);
        var english = await outbox.EnqueueEmailAsync(" john@example.org ", john, English, NotificationTemplate.MembershipApproved,
            ["John", "Blaengarw Timebank"]);

        Assert.True(welsh.Succeeded && english.Succeeded);
        var stored = await database.StoredMessagesAsync();
        Assert.Equal(2, stored.Count);
        var toMegan = Assert.Single(stored, m => m.PersonId == megan);
        Assert.Equal("cy", toMegan.Language);
        Assert.Equal("megan@example.org", toMegan.To);
        Assert.Equal("Mae eich aelodaeth o Banc Amser Blaengarw wedi'i chymeradwyo", toMegan.Subject);
        Assert.Equal("Annwyl Megan,\n\nMae eich cais i ddod yn aelod o Banc Amser Blaengarw wedi'i gymeradwyo. Croeso!\n\nDiolch,\nCoproduce",
            toMegan.Body);
        var toJohn = Assert.Single(stored, m => m.PersonId == john);
        Assert.Equal("en", toJohn.Language);
        Assert.Equal("john@example.org", toJohn.To);
        Assert.Equal("Your membership of Blaengarw Timebank has been approved", toJohn.Subject);
        Assert.Equal("Dear John,\n\nYour request to become a member of Blaengarw Timebank has been approved. Welcome!\n\nThank you,\nCoproduce",
            toJohn.Body);

        Assert.All(stored, m =>
        {
            Assert.Equal(NotificationChannel.Email, m.Channel);
            Assert.InRange(m.CreatedAt, start, database.Clock.GetUtcNow());
            Assert.Null(m.SentAt);
            Assert.Equal(0, m.Attempts);
            Assert.Null(m.ClaimedUntil);
            Assert.False(m.IsDemo);
        });
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_empty_or_malformed_address_is_refused_and_nothing_is_stored(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var outbox = database.StartAppServer(smtp: null).Outbox();
        (string Address, string Code)[] refused =
        [
            ("", "Notifications.AddressRequired"),
            ("   ", "Notifications.AddressRequired"),
            ("megan", "Notifications.AddressInvalid"),
            ("megan@", "Notifications.AddressInvalid"),
            ("@example.org", "Notifications.AddressInvalid"),
            ("megan@localhost", "Notifications.AddressInvalid"),
            ("megan@@example.org", "Notifications.AddressInvalid"),
            ("Megan Price <megan@example.org>", "Notifications.AddressInvalid"),
            ("megan@example.org, dai@example.org", "Notifications.AddressInvalid"),
            ("megan@example.org\r\nBcc: everyone@example.org", "Notifications.AddressInvalid"),
            (new string('m', 250) + "@example.org", "Notifications.AddressTooLong"),
        ];

        Coproduce.Core.Common.FieldError? last = null;
        foreach (var (address, code) in refused)
        {
            var result = await outbox.EnqueueEmailAsync(address, null, English, NotificationTemplate.ConfirmEmail, ["Megan", "https://x.example"]);

            Assert.False(result.Succeeded, $"'{address}' was accepted.");
            var error = Assert.Single(result.Errors);
            Assert.Equal("To", error.Field);
            Assert.Equal(code, error.Code);
            last = error;
        }

        // The reason reads in the person's language.
        Assert.Equal("The email address must be 254 characters or fewer", last?.Message(English));
        Assert.Equal("Rhaid i'r cyfeiriad e-bost fod yn 254 nod neu lai", last?.Message(Welsh));

        Assert.Empty(await database.StoredMessagesAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Admins_read_the_outbox_newest_first_a_page_at_a_time(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = SmtpSink.Start();
        var server = database.StartAppServer(smtp);
        var outbox = server.Outbox();
        var first = await outbox.EnqueueAsync("one@example.org", English);
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        var demo = await outbox.EnqueueAsync("two@example.org", Welsh, isDemo: true);
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await outbox.EnqueueAsync("three@example.org", English);
        await server.Dispatcher().DispatchOnceAsync();

        var page1 = await outbox.ReadPageAsync(1, 2);
        var page2 = await outbox.ReadPageAsync(2, 2);
        var unsent = await outbox.ReadPageAsync(1, 10, unsentOnly: true);
        var beyond = await outbox.ReadPageAsync(3, 2);

        Assert.Equal(3, page1.TotalCount);
        Assert.Equal(2, page1.PageCount);
        Assert.Equal([third.Id, demo.Id], page1.Messages.Select(m => m.Id));
        Assert.Equal([first.Id], page2.Messages.Select(m => m.Id));
        Assert.Equal(1, unsent.TotalCount);
        Assert.Equal(demo.Id, Assert.Single(unsent.Messages).Id);
        Assert.Empty(beyond.Messages);
        Assert.Equal(3, beyond.TotalCount);
        Assert.NotNull(page1.Messages[0].SentAt);

        var found = await outbox.FindAsync(demo.Id);
        Assert.NotNull(found);
        Assert.Equal("two@example.org", found.To);
        Assert.Equal("cy", found.Language);
        Assert.True(found.IsDemo);
        Assert.Null(await outbox.FindAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => outbox.ReadPageAsync(0, 10));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => outbox.ReadPageAsync(1, Outbox.MaximumPageSize + 1));
    }
}
