using System.Globalization;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace Coproduce.Web.Api;

/// <summary>
/// <c>{id:uuid}</c>: an id in its one canonical form, 36 characters with hyphens (any case). <c>:guid</c> would also
/// take <c>{...}</c>, <c>(...)</c> and 32 bare digits, so one member would have several addresses; here those are 404.
/// </summary>
internal sealed class CanonicalGuidRouteConstraint : IRouteConstraint
{
    public const string Name = "uuid";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: 36 } text
        && Guid.TryParseExact(text, "D", out _);
}

/// <summary>
/// What the API's catch-all answers: 405 with an <c>Allow</c> header when the address is one of the API's but not for
/// this method, otherwise 404. Routing alone can't say 405 here, because the catch-all matches every address.
/// </summary>
internal static class ApiFallback
{
    public static IResult Answer(HttpContext context)
    {
        var allowed = AllowedMethods(context);
        if (allowed.Count == 0)
        {
            return ApiProblems.Problem(context, StatusCodes.Status404NotFound, "Api.NotFound");
        }

        context.Response.Headers.Allow = string.Join(", ", allowed);
        return ApiProblems.Problem(context, StatusCodes.Status405MethodNotAllowed, "Api.MethodNotAllowed");
    }

    /// <summary>The methods of every endpoint whose route (constraints included) matches the request's path.</summary>
    private static SortedSet<string> AllowedMethods(HttpContext context)
    {
        var endpoints = context.RequestServices.GetRequiredService<EndpointDataSource>();
        var policies = context.RequestServices.GetRequiredService<ParameterPolicyFactory>();
        var allowed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods
                && Matches(endpoint.RoutePattern, context, policies))
            {
                allowed.UnionWith(methods);
            }
        }

        return allowed;
    }

    private static bool Matches(RoutePattern pattern, HttpContext context, ParameterPolicyFactory policies)
    {
        var values = new RouteValueDictionary();
        if (!new TemplateMatcher(new RouteTemplate(pattern), new RouteValueDictionary(pattern.Defaults)).TryMatch(context.Request.Path, values))
        {
            return false;
        }

        foreach (var (name, references) in pattern.ParameterPolicies)
        {
            var parameter = pattern.GetParameter(name);
            if (parameter is null || !values.ContainsKey(name))
            {
                continue;
            }

            foreach (var reference in references)
            {
                if (policies.Create(parameter, reference) is IRouteConstraint constraint
                    && !constraint.Match(context, null, name, values, RouteDirection.IncomingRequest))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
