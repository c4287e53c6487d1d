using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.OpenApi;
using Microsoft.AspNetCore.OpenApi;
using Scalar.AspNetCore;

namespace Coproduce.Web.Api;

/// <summary>
/// <c>/api/v1</c> for organisations' own systems: token authentication only (a signed-in browser is not enough), problem
/// details for every error, an OpenAPI document at <c>/openapi/v1.json</c> and a reference page at <c>/api/reference</c>.
/// </summary>
internal static class ApiHosting
{
    public const string ApiRoot = "/api";
    public const string ReferencePath = ApiRoot + "/reference";
    public const string Policy = "ApiToken";

    /// <summary>The rate limit on every endpoint that takes a body (see <see cref="ApiBody.AcceptsJsonBody{T}"/>).</summary>
    public const string WritingLimit = "api-writing";

    public static IServiceCollection AddCoproduceApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(
                ApiTokenAuthenticationHandler.SchemeName, configureOptions: null);
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(ApiClaims.OrganisationId));
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<BearerTokenDocumentTransformer>();
            options.AddSchemaTransformer<ApiRequestSchemaTransformer>();
        });
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(WritingLimit, context => WritesByToken(context));
            // Under /api a refusal is a problem a system can read (the pages keep their own error page).
            var previous = options.OnRejected;
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                if (!context.Request.Path.StartsWithSegments(ApiRoot, StringComparison.OrdinalIgnoreCase))
                {
                    await (previous?.Invoke(rejected, cancellationToken) ?? ValueTask.CompletedTask);
                    return;
                }

                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await ApiProblems.Problem(context, StatusCodes.Status429TooManyRequests, "Api.TooManyRequests").ExecuteAsync(context);
            };
        });
        services.Configure<RouteOptions>(options =>
            options.SetParameterPolicy<CanonicalGuidRouteConstraint>(CanonicalGuidRouteConstraint.Name));
        return services;
    }

    // Per token, with the pages' posting limit (RateLimits:PostsPerMinute). The limiter runs before the token is checked,
    // so it keys on a hash of the header: a made-up token has a window of its own and then a 401.
    private static RateLimitPartition<string> WritesByToken(HttpContext context)
    {
        var permits = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimits:PostsPerMinute", 60);
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(context.Request.Headers.Authorization.ToString())));
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    public static IEndpointRouteBuilder MapCoproduceApi(this IEndpointRouteBuilder endpoints)
    {
        // What every endpoint shares is said once, here, so a new endpoint can't forget it.
        var v1 = endpoints.MapGroup(ApiRoot + "/v1").RequireAuthorization(Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        v1.MapOrganisationApi();
        v1.MapTimebankApi();
        v1.MapCreditsApi();

        // Anything else under /api is a problem a system can read, not the HTML "page not found": 405 for a known
        // address with another method, 404 for the rest.
        endpoints.Map(ApiRoot + "/{**rest}", ApiFallback.Answer).AllowAnonymous().ExcludeFromDescription();

        // The API's documentation is public, so a council's developer can read it before they have a token.
        endpoints.MapOpenApi().AllowAnonymous();
        endpoints.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("Coproduce API")
            // Nothing may load from the internet: Scalar's script comes from the package, its fonts are the browser's,
            // and it sends no telemetry. Its one inline script carries a fresh nonce (see SecurityHeaders).
            .DisableDefaultFonts()
            .DisableTelemetry()
            .WithNonce()
            .AddPreferredSecuritySchemes(BearerTokenDocumentTransformer.SchemeName)).AllowAnonymous();
        return endpoints;
    }
}

/// <summary>Tells the OpenAPI document (and so the reference page) that every operation needs the organisation's token.</summary>
internal sealed class BearerTokenDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "ApiToken";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Coproduce API";
        document.Info.Description =
            "For an organisation's own systems. Send the token an organisation admin made as `Authorization: Bearer cp_...`. " +
            "Errors are RFC 9457 problem details; send `Accept-Language: cy` for messages in Welsh.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An organisation's API token, made by one of its admins. It starts with `cp_`.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] });
        return Task.CompletedTask;
    }
}
