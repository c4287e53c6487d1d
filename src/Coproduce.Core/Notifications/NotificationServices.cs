using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coproduce.Core.Notifications;

/// <summary>Registers the outbox and, when a mail server is configured, the dispatcher that sends from it.</summary>
public static class NotificationServices
{
    /// <summary>
    /// Adds the <see cref="Outbox"/> and the <see cref="OutboxDispatcher"/> (a hosted service: it runs where a host
    /// runs it, and sends only when "Notifications:Smtp:Host" is set). Needs the database from <c>AddCoproduceCore</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The app's configuration; the "Notifications" section is read.</param>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NotificationOptions>()
            .Bind(configuration.GetSection(NotificationOptions.Section))
            .Validate(o => !o.Smtp.IsConfigured || EmailAddress.IsValidSender(o.Smtp.From),
                "Notifications:Smtp:From must be an email address, e.g. \"Coproduce <no-reply@example.org>\", when Notifications:Smtp:Host is set.")
            .Validate(o => o.Smtp.Port is > 0 and < 65536, "Notifications:Smtp:Port must be between 1 and 65535.")
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Notifications:PollInterval must be more than zero.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddSingleton<Outbox>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
