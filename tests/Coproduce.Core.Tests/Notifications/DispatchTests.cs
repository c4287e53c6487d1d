using System.Net;
using System.Net.Sockets;
using Coproduce.Core.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using static Coproduce.Core.Tests.Notifications.NotificationFixtures;

namespace Coproduce.Core.Tests.Notifications;

public class DispatchTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Emails_go_to_a_real_SMTP_server_in_the_persons_language(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = SmtpSink.Start();
        var server = database.StartAppServer(smtp);
        var toMegan = await server.Outbox().EnqueueAsync("megan@example.org", Welsh, NotificationTemplate.ResetPassword,
            ["Megan", "https://coproduce.example/cy/reset?code=ŵŷ"]);
        var toGareth = await server.Outbox().EnqueueAsync("gareth@example.org", English, NotificationTemplate.MembershipRequested,
            ["Gareth", "Megan Price", "Blaengarw Timebank", "https://coproduce.example/requests/7"]);

        var report = await server.Dispatcher().DispatchOnceAsync();

        Assert.Equal(new DispatchReport(2, 2, 0), report);
        Assert.Equal(2, smtp.Received.Count);
        var welsh = Assert.Single(smtp.Received, e => e.Recipients.SequenceEqual(["megan@example.org"]));
        var english = Assert.Single(smtp.Received, e => e.Recipients.SequenceEqual(["gareth@example.org"]));
        Assert.Equal("no-reply@coproduce.example", welsh.MailFrom);

        var welshMime = welsh.Parse();
        Assert.Equal("Ailosod eich cyfrinair", welshMime.Subject);
        Assert.Equal(toMegan.Body, welshMime.TextBody!.ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Contains("https://coproduce.example/cy/reset?code=ŵŷ", welshMime.TextBody, StringComparison.Ordinal);
        Assert.Equal("cy", welshMime.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal($"{toMegan.Id:N}@coproduce.example", welshMime.MessageId);
        Assert.Equal("megan@example.org", Assert.Single(welshMime.To.Mailboxes).Address);
        Assert.Equal("Coproduce", Assert.Single(welshMime.From.Mailboxes).Name);

        var englishMime = english.Parse();
        Assert.Equal("Membership request for Blaengarw Timebank", englishMime.Subject);
        Assert.Equal(toGareth.Body, englishMime.TextBody!.ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Equal("en", englishMime.Body!.Headers[HeaderId.ContentLanguage]);

        foreach (var message in await database.StoredMessagesAsync())
        {
            Assert.NotNull(message.SentAt);
            Assert.Equal(1, message.Attempts);
            Assert.Null(message.LastError);
            Assert.Null(message.ClaimedUntil);
        }

        Assert.Equal(new DispatchReport(0, 0, 0), await server.Dispatcher().DispatchOnceAsync());
        Assert.Equal(2, smtp.Received.Count);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_line_of_a_single_dot_does_not_end_the_message_early(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = SmtpSink.Start();
        var server = database.StartAppServer(smtp);
        // The link sits on a line of its own: "." alone would end the DATA section unless the client doubles it.
        var message = await server.Outbox().EnqueueAsync("dai@example.org", English, NotificationTemplate.ResetPassword, ["Dai", "."]);

        Assert.Equal(new DispatchReport(1, 1, 0), await server.Dispatcher().DispatchOnceAsync());

        var received = Assert.Single(smtp.Received).Parse();
        Assert.Equal(message.Body, received.TextBody!.ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Contains("\n.\n", received.TextBody.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Two_app_servers_sending_at_once_send_each_message_exactly_once(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = SmtpSink.Start();
        var first = database.StartAppServer(smtp);
        var second = database.StartAppServer(smtp);
        var ids = new List<Guid>();
        for (var i = 0; i < 3 * OutboxDispatcher.BatchSize + 5; i++)
        {
            var server = i % 2 == 0 ? first : second;
            ids.Add((await server.Outbox().EnqueueAsync($"member{i}@example.org", i % 3 == 0 ? Welsh : English)).Id);
        }

        var reports = new List<DispatchReport>();
        for (var round = 0; round < 20 && reports.Sum(r => r.Sent) < ids.Count; round++)
        {
            // Both servers start their rounds together, so they read the same candidates and race to claim them.
            reports.AddRange(await Task.WhenAll(
                Task.Run(() => first.Dispatcher().DispatchOnceAsync()),
                Task.Run(() => second.Dispatcher().DispatchOnceAsync())));
        }

        var messageIds = smtp.Received.Select(e => e.Parse().MessageId).ToList();
        Assert.Equal(ids.Count, messageIds.Count);
        Assert.Equal(ids.Select(id => $"{id:N}@coproduce.example").Order(), messageIds.Order());
        Assert.Equal(ids.Count, reports.Sum(r => r.Sent));
        Assert.Equal(0, reports.Sum(r => r.Failed));
        Assert.All(await database.StoredMessagesAsync(), m =>
        {
            Assert.NotNull(m.SentAt);
            Assert.Equal(1, m.Attempts);
        });
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_refusing_mail_server_is_recorded_and_the_message_is_tried_again_later(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = SmtpSink.Start();
        var server = database.StartAppServer(smtp);
        var message = await server.Outbox().EnqueueAsync("megan@example.org", Welsh);
        smtp.FailWith = "451 4.3.0 Mailbox busy, try again later";

        var failed = await server.Dispatcher().DispatchOnceAsync();

        Assert.Equal(new DispatchReport(1, 0, 1), failed);
        var afterFailure = await database.StoredAsync(message.Id);
        Assert.Null(afterFailure.SentAt);
        Assert.Equal(1, afterFailure.Attempts);
        Assert.Contains("Mailbox busy, try again later", afterFailure.LastError, StringComparison.Ordinal);
        Assert.NotNull(afterFailure.ClaimedUntil);
        Assert.InRange(afterFailure.ClaimedUntil.Value - database.Clock.GetUtcNow(), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
        Assert.Empty(smtp.Received);

        // Not straight away: the server asked for time.
        smtp.FailWith = null;
        Assert.Equal(new DispatchReport(0, 0, 0), await server.Dispatcher().DispatchOnceAsync());
        Assert.Empty(smtp.Received);

        database.Clock.Advance(OutboxDispatcher.RetryDelay(1));
        var retried = await server.Dispatcher().DispatchOnceAsync();

        Assert.Equal(new DispatchReport(1, 1, 0), retried);
        Assert.Equal(["megan@example.org"], Assert.Single(smtp.Received).Recipients);
        var sent = await database.StoredAsync(message.Id);
        Assert.NotNull(sent.SentAt);
        Assert.Equal(2, sent.Attempts);
        Assert.Contains("Mailbox busy", sent.LastError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task After_five_refusals_the_dispatcher_gives_up_and_says_why(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = SmtpSink.Start();
        var server = database.StartAppServer(smtp);
        var message = await server.Outbox().EnqueueAsync("nobody@example.org", English);
        smtp.FailWith = "550 5.1.1 No such mailbox here";

        for (var attempt = 1; attempt <= OutboxMessage.MaximumAttempts; attempt++)
        {
            Assert.Equal(new DispatchReport(1, 0, 1), await server.Dispatcher().DispatchOnceAsync());
            database.Clock.Advance(TimeSpan.FromHours(2));
        }

        smtp.FailWith = null;
        Assert.Equal(new DispatchReport(0, 0, 0), await server.Dispatcher().DispatchOnceAsync());
        var stored = await database.StoredAsync(message.Id);
        Assert.True(stored.HasGivenUp);
        Assert.Equal(OutboxMessage.MaximumAttempts, stored.Attempts);
        Assert.Contains("No such mailbox here", stored.LastError, StringComparison.Ordinal);
        Assert.Empty(smtp.Received);
        Assert.Equal(OutboxMessage.MaximumAttempts, smtp.Connections);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_unreachable_mail_server_fails_one_message_and_leaves_the_rest_for_the_next_round(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var closedPort = ClosedPort();
        var server = database.StartAppServer(services => services.AddNotifications(Settings(new()
        {
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:Security"] = "None",
            ["Notifications:Smtp:From"] = "no-reply@coproduce.example",
        })));
        var oldest = await server.Outbox().EnqueueAsync("one@example.org", English);
        await server.Outbox().EnqueueAsync("two@example.org", English);
        await server.Outbox().EnqueueAsync("three@example.org", Welsh);

        var report = await server.Dispatcher().DispatchOnceAsync();

        Assert.Equal(new DispatchReport(3, 0, 1), report);
        var stored = await database.StoredMessagesAsync();
        var failed = Assert.Single(stored, m => m.Attempts == 1);
        Assert.Equal(oldest.Id, failed.Id);
        Assert.False(string.IsNullOrWhiteSpace(failed.LastError));
        // The two it never tried are released at once, for any server's next round, and carry no attempt.
        Assert.All(stored.Where(m => m.Id != oldest.Id), m =>
        {
            Assert.Equal(0, m.Attempts);
            Assert.Null(m.ClaimedUntil);
            Assert.Null(m.ClaimedBy);
        });
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Without_a_mail_server_and_for_demonstrations_messages_stay_in_the_outbox(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = SmtpSink.Start();
        var unconfigured = database.StartAppServer(smtp: null);
        var configured = database.StartAppServer(smtp);
        var waiting = await unconfigured.Outbox().EnqueueAsync("megan@example.org", Welsh);
        var demo = await configured.Outbox().EnqueueAsync("made.up@example.org", English, isDemo: true);

        Assert.Equal(new DispatchReport(0, 0, 0), await unconfigured.Dispatcher().DispatchOnceAsync());
        Assert.Null((await database.StoredAsync(waiting.Id)).SentAt);

        Assert.Equal(new DispatchReport(1, 1, 0), await configured.Dispatcher().DispatchOnceAsync());
        Assert.Equal(["megan@example.org"], Assert.Single(smtp.Received).Recipients);
        var keptDemo = await database.StoredAsync(demo.Id);
        Assert.Null(keptDemo.SentAt);
        Assert.Equal(0, keptDemo.Attempts);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Running_in_the_background_it_sends_at_start_and_then_every_poll_interval(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = SmtpSink.Start();
        var server = database.StartAppServer(smtp);
        var dispatcher = server.Dispatcher();
        await server.Outbox().EnqueueAsync("first@example.org", English);

        await dispatcher.StartAsync(CancellationToken.None);
        try
        {
            await WaitUntilAsync(() => smtp.Received.Count == 1);
            await server.Outbox().EnqueueAsync("second@example.org", Welsh);
            await Task.Delay(200);
            Assert.Single(smtp.Received);

            database.Clock.Advance(new NotificationOptions().PollInterval);
            await WaitUntilAsync(() => smtp.Received.Count == 2);
        }
        finally
        {
            await dispatcher.StopAsync(CancellationToken.None);
        }

        Assert.Equal(["first@example.org", "second@example.org"], smtp.Received.Select(e => Assert.Single(e.Recipients)));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the background dispatcher.");
            await Task.Delay(20);
        }
    }

    [Fact]
    public void Settings_come_from_the_Notifications_section_and_a_host_without_a_sender_is_refused()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Notifications:Smtp:Host"] = "smtp.example.org",
            ["Notifications:Smtp:Port"] = "587",
            ["Notifications:Smtp:UserName"] = "coproduce",
            ["Notifications:Smtp:Password"] = "secret",
            ["Notifications:Smtp:From"] = "Coproduce <no-reply@example.org>",
            ["Notifications:Smtp:Security"] = "SslOnConnect",
            ["Notifications:PollInterval"] = "00:00:10",
        };
        using var good = new ServiceCollection().AddNotifications(Settings(settings)).BuildServiceProvider();
        var options = good.GetRequiredService<IOptions<NotificationOptions>>().Value;
        Assert.Equal(("smtp.example.org", 587, "coproduce", "secret"), (options.Smtp.Host, options.Smtp.Port, options.Smtp.UserName, options.Smtp.Password));
        Assert.Equal(SmtpSecurity.SslOnConnect, options.Smtp.Security);
        Assert.Equal(TimeSpan.FromSeconds(10), options.PollInterval);

        var defaults = new NotificationOptions();
        Assert.Equal((25, SmtpSecurity.StartTls, false), (defaults.Smtp.Port, defaults.Smtp.Security, defaults.Smtp.IsConfigured));

        settings.Remove("Notifications:Smtp:From");
        using var bad = new ServiceCollection().AddNotifications(Settings(settings)).BuildServiceProvider();
        var refusal = Assert.Throws<OptionsValidationException>(() => bad.GetRequiredService<IOptions<NotificationOptions>>().Value);
        Assert.Contains("Notifications:Smtp:From", refusal.Message, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        // A port that was free a moment ago and now has nobody listening: connecting is refused at once.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
