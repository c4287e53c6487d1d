using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Coproduce.Web.Hosting;

/// <summary>
/// Brotli (or gzip) for pages, styles, scripts and JSON, over HTTPS too. Why that is safe from BREACH here, and the one
/// page that opts out, is written down in docs/architecture.md ("Response compression").
/// </summary>
internal static class CompressionHosting
{
    public static IServiceCollection AddCoproduceCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "application/problem+json"];
        });
        // Fastest: on two cores a page is better sent a little larger now than compressed harder later.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }
}
