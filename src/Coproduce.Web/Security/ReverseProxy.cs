using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Coproduce.Web.Security;

/// <summary>
/// Running behind a proxy or load balancer. Only the proxies named in ReverseProxy:KnownProxies (addresses) and
/// ReverseProxy:KnownNetworks (CIDR ranges) are believed about X-Forwarded-For and X-Forwarded-Proto; anyone else
/// could write those headers to pose as another address (and escape its rate limit). With none named, the headers
/// are ignored. Served over HTTPS (directly or as the proxy says), responses carry HSTS outside Development and
/// cookies are Secure (see <see cref="Cookies"/>).
/// </summary>
internal static class ReverseProxy
{
    public const string Section = "ReverseProxy";

    public static IServiceCollection AddCoproduceReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = Entries(section, "KnownProxies").Select(entry => IPAddress.TryParse(entry, out var address)
            ? address
            : throw new InvalidOperationException($"{Section}:KnownProxies: \"{entry}\" is not an IP address.")).ToList();
        var networks = Entries(section, "KnownNetworks").Select(entry => System.Net.IPNetwork.TryParse(entry, out var network)
            ? network
            : throw new InvalidOperationException($"{Section}:KnownNetworks: \"{entry}\" is not a network such as 10.0.0.0/8.")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET Core trusts loopback by default; here only what the settings name is trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
            // Walk back through every trusted proxy in a chain; the first untrusted address is the client.
            options.ForwardLimit = null;
        });
        services.AddSingleton(new TrustedProxies(proxies.Count + networks.Count > 0));
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    /// <summary>Believes the known proxies' forwarded headers, then asks browsers to keep to HTTPS.</summary>
    public static WebApplication UseCoproduceReverseProxy(this WebApplication app)
    {
        // With no known proxies the middleware would believe everyone, so it is only added when some are named.
        if (app.Services.GetRequiredService<TrustedProxies>().Any)
        {
            app.UseForwardedHeaders();
        }

        // HSTS is only sent on HTTPS responses; a developer's machine is left free to use plain HTTP.
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    // A list in appsettings.json, or one value with commas (easier as an environment variable).
    private static IEnumerable<string> Entries(IConfigurationSection section, string key)
    {
        var setting = section.GetSection(key);
        var values = setting.Value is { } single ? [single] : setting.GetChildren().Select(c => c.Value ?? string.Empty);
        return values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private sealed record TrustedProxies(bool Any);
}
