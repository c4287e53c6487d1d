using Coproduce.Core.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coproduce.Web.Health;

/// <summary>
/// /health: 200 with <c>{"status":"healthy"}</c> when the database answers, 503 with <c>{"status":"unhealthy"}</c>
/// when it does not. Nothing else: it is public, so it names no checks, no errors and nothing about the data.
/// </summary>
internal static class HealthEndpoints
{
    public static IServiceCollection AddCoproduceHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static IEndpointRouteBuilder MapCoproduceHealth(this IEndpointRouteBuilder endpoints)
    {
        // Load balancers ask without signing in.
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();
        return endpoints;
    }

    public const string Healthy = """{"status":"healthy"}""";

    public const string Unhealthy = """{"status":"unhealthy"}""";

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(report.Status == HealthStatus.Healthy ? Healthy : Unhealthy);
    }

    private sealed class DatabaseHealthCheck(IDbContextFactory<CoproduceDbContext> contexts) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await DatabaseInitializer.AnswersAsync(contexts, cancellationToken)
                ? HealthCheckResult.Healthy("The database answers.")
                : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
