using System.Text.Json;
using Coproduce.Core.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coproduce.Web.Health;

/// <summary>
/// /health: 200 when the database answers, 503 when it does not, with a small JSON body a load balancer or a person
/// can read. It says nothing about the data.
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

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status == HealthStatus.Healthy ? "healthy" : "unhealthy",
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Description),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private sealed class DatabaseHealthCheck(IDbContextFactory<CoproduceDbContext> contexts) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await DatabaseInitializer.AnswersAsync(contexts, cancellationToken)
                ? HealthCheckResult.Healthy("The database answers.")
                : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
