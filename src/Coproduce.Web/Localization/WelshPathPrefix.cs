using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Localization;

/// <summary>
/// Every page lives at <c>/...</c> in English and at <c>/cy/...</c> in Welsh. A request under <c>/cy</c> is served in
/// Welsh with <c>/cy</c> moved into the path base, so the same page handles both and every link the app generates
/// stays in the language the person chose.
/// </summary>
internal static class WelshPathPrefix
{
    public const string Prefix = "/cy";
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    public static readonly CultureInfo Welsh = CultureInfo.GetCultureInfo("cy-GB");

    public static IServiceCollection AddCoproduceLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<IStringLocalizer<SharedResource>, SiteText>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(English);
            options.SupportedCultures = options.SupportedUICultures = [English, Welsh];
            // The path decides the language, not the browser's Accept-Language or a cookie: a link always means one page.
            options.RequestCultureProviders = [new CustomRequestCultureProvider(context =>
                Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(IsWelsh(context) ? "cy-GB" : "en-GB")))];
        });
        return services;
    }

    public static IApplicationBuilder UseWelshPathPrefix(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase, out var rest))
            {
                context.Request.PathBase = context.Request.PathBase.Add(Prefix);
                context.Request.Path = rest.HasValue ? rest : "/";
                context.Items[nameof(WelshPathPrefix)] = true;
            }

            return next(context);
        });
        return app.UseRequestLocalization();
    }

    public static bool IsWelsh(HttpContext context) => context.Items.ContainsKey(nameof(WelshPathPrefix));

    /// <summary>The same page in the other language, keeping the query string.</summary>
    public static string OtherLanguageUrl(HttpContext context)
    {
        var request = context.Request;
        var basePath = IsWelsh(context)
            ? request.PathBase.Value![..^Prefix.Length]
            : request.PathBase.Value + Prefix;
        var path = request.Path.Value == "/" && !IsWelsh(context) ? string.Empty : request.Path.Value;
        var url = basePath + path + request.QueryString;
        return url.Length == 0 ? "/" : url;
    }
}
