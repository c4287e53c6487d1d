using System.Globalization;
using Coproduce.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Coproduce.Core.Tests.Notifications;

internal static class NotificationFixtures
{
    public static readonly CultureInfo Welsh = CultureInfo.GetCultureInfo("cy-GB");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>An app server whose notifications go to <paramref name="smtp"/>, or nowhere when it is null.</summary>
    public static IServiceProvider StartAppServer(this TestDatabase database, SmtpSink? smtp) =>
        database.StartAppServer(services => services.AddNotifications(Configuration(smtp)));

    public static IConfiguration Configuration(SmtpSink? smtp) => Settings(smtp is null
        ? []
        : new()
        {
            ["Notifications:Smtp:Host"] = smtp.Host,
            ["Notifications:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Notifications:Smtp:Security"] = "None",
            ["Notifications:Smtp:From"] = "Coproduce <no-reply@coproduce.example>",
        });

    public static IConfiguration Settings(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    public static Outbox Outbox(this IServiceProvider server) => server.GetRequiredService<Outbox>();

    public static OutboxDispatcher Dispatcher(this IServiceProvider server) => server.GetRequiredService<OutboxDispatcher>();

    public static async Task<OutboxMessage> EnqueueAsync(this Outbox outbox, string to, CultureInfo language,
        NotificationTemplate template = NotificationTemplate.ConfirmEmail, object[]? args = null, bool isDemo = false)
    {
        var result = await outbox.EnqueueEmailAsync(to, Guid.NewGuid(), language, template,
            args ?? ["Megan Price", "https://coproduce.example/confirm?code=abc"], isDemo);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value;
    }

    public static async Task<List<OutboxMessage>> StoredMessagesAsync(this TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync();
    }

    public static async Task<OutboxMessage> StoredAsync(this TestDatabase database, Guid id)
    {
        await using var db = await database.OpenContextAsync();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public static MimeMessage Parse(this ReceivedEmail email)
    {
        using var stream = email.OpenRead();
        return MimeMessage.Load(stream);
    }
}
