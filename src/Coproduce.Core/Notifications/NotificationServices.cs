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
        services.AddOutbox();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
        return services;
    }

    /// <summary>
    /// Adds the <see cref="Outbox"/> alone, which every capability writes to in its acts, with links that are paths
    /// unless the host says otherwise (the web app registers its own <see cref="ISiteLinks"/>). <c>AddCoproduceCore</c>
    /// calls this; sending needs <see cref="AddNotifications"/>.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Outbox>();
        services.TryAddSingleton<ISiteLinks, RelativeSiteLinks>();
        return services;
    }
}
