using Coproduce.Web.Api;
using Scalar.AspNetCore;

namespace Coproduce.Web.Security;

/// <summary>
/// Headers on every response: a Content-Security-Policy that allows only this site's own scripts, styles and images
/// (no inline script, so an injected script can't run), no framing, no MIME sniffing, and a careful referrer.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (context.Request.Path.StartsWithSegments(ApiHosting.ReferencePath, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                if (context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce)
                {
                    headers.ContentSecurityPolicy = ApiReferencePolicy(nonce);
                }

                return Task.CompletedTask;
            });
        }

        return next(context);
    });

    // The API reference page (Scalar) starts itself with one inline script holding its configuration, and its
    // components add <style> elements as they render. So on that page only, and only for this response: that one
    // script by its nonce, and inline styles. Everything still comes from this site.
    private static string ApiReferencePolicy(string nonce) =>
        ContentSecurityPolicy
            .Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
            .Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal);
}
