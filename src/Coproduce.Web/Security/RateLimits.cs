using System.Threading.RateLimiting;
using Coproduce.Web.Identity;

namespace Coproduce.Web.Security;

/// <summary>
/// Limits on the forms people could abuse: guessing passwords, mass registration, flooding posts. Only form posts
/// count, so reading a page is never refused. Each form has its own bucket per address (or person): many tries at
/// signing in don't use up the registration form or the profile form, nor the other way round. The address is the
/// client's as the known proxies report it (see <see cref="ReverseProxy"/>), so people behind one proxy don't share a
/// bucket. The numbers are settings (RateLimits:*) so tests and busy sites can change them.
/// </summary>
internal static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";
    public const string Posting = "posting";

    public static IServiceCollection AddCoproduceRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("RateLimits");
        var signInPerMinute = settings.GetValue("SignInPerMinute", 10);
        var registrationsPerHour = settings.GetValue("RegistrationsPerHour", 10);
        var postsPerMinute = settings.GetValue("PostsPerMinute", 60);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => PostsBy(ClientAddress(context), signInPerMinute, TimeSpan.FromMinutes(1), context));
            options.AddPolicy(Registration, context => PostsBy(ClientAddress(context), registrationsPerHour, TimeSpan.FromHours(1), context));
            // Signed-in posting is limited per person, so a coordinator's office behind one address isn't penalised.
            options.AddPolicy(Posting, context => PostsBy(
                CurrentPerson.IdOf(context.User)?.ToString() ?? ClientAddress(context), postsPerMinute, TimeSpan.FromMinutes(1), context));
        });
        return services;
    }

    private static RateLimitPartition<string> PostsBy(string key, int permits, TimeSpan window, HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(FormOf(context) + " " + key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("reading");

    // The page's route, whatever its language or handler: one form, one bucket.
    private static string FormOf(HttpContext context) =>
        (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? string.Empty;

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
