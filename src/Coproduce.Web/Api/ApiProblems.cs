using System.Globalization;
using System.Text.Json;
using Coproduce.Core.Common;
using Coproduce.Core.People;
using Coproduce.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;

namespace Coproduce.Web.Api;

/// <summary>
/// RFC 9457 problem details for the API, in English or Welsh. Systems choose the language with Accept-Language, since
/// an API has no <c>/cy</c> pages to choose it by.
/// </summary>
internal static class ApiProblems
{
    public static CultureInfo Culture(HttpContext context)
    {
        var preferences = context.Request.GetTypedHeaders().AcceptLanguage;
        foreach (var preference in preferences.OrderByDescending(p => p.Quality ?? 1))
        {
            var tag = preference.Value.Value ?? string.Empty;
            if (tag.StartsWith("cy", StringComparison.OrdinalIgnoreCase))
            {
                return LanguageCultures.Welsh;
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return LanguageCultures.English;
            }
        }

        return LanguageCultures.English;
    }

    public static string Message(HttpContext context, string key) =>
        SiteText.In(Culture(context), key);

    public static IResult Problem(HttpContext context, int status, string titleKey, string? detail = null) =>
        Results.Problem(title: Message(context, titleKey), detail: detail, statusCode: status);

    /// <summary>
    /// Core's refusals: field errors become a 400 with an <c>errors</c> object keyed by the JSON field, a refusal of
    /// authority (or of anything in a suspended organisation) a 403, and anything else about the request as a whole a
    /// 400 with the reason as its detail.
    /// </summary>
    public static IResult Refused(HttpContext context, IReadOnlyList<FieldError> errors)
    {
        var culture = Culture(context);
        var whole = errors.FirstOrDefault(e => e.Field.Length == 0);
        if (whole is not null)
        {
            var status = whole.Code is "People.NotCoordinator" or "Organisation.Suspended" or "Timebank.NotYourExchange" or "Timebank.NotYoursToConfirm"
                ? StatusCodes.Status403Forbidden
                : StatusCodes.Status400BadRequest;
            return Problem(context, status, status == StatusCodes.Status403Forbidden ? "Api.Forbidden" : "Api.InvalidInput",
                whole.Message(culture));
        }

        var byField = errors.GroupBy(e => JsonField(e.Field))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message(culture)).ToArray());
        return Invalid(context, byField);
    }

    public static IResult Invalid(HttpContext context, IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: Message(context, "Api.InvalidInput"));

    // Core names fields as the pages' inputs; the API names them as its JSON does.
    private static string JsonField(string field) => field switch
    {
        "ConsentAgreedOn" => "consent.agreedOn",
        _ => JsonNamingPolicy.CamelCase.ConvertName(field),
    };
}

/// <summary>Any exception under /api becomes a 500 problem, without the exception's details; pages keep the error page.</summary>
internal sealed class ApiExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By now the middleware has pointed the request at the error page; the feature keeps the path that failed.
        var path = httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (!new PathString(path).StartsWithSegments(ApiHosting.ApiRoot, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Kestrel's own refusals of a request (a body over its limit, broken chunking) are the caller's, not ours.
        var problem = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => ApiBody.TooLarge(httpContext),
            BadHttpRequestException { StatusCode: >= 400 and < 500 } bad => ApiProblems.Problem(httpContext, bad.StatusCode, "Api.InvalidInput"),
            _ => ApiProblems.Problem(httpContext, StatusCodes.Status500InternalServerError, "Api.ServerError"),
        };
        await problem.ExecuteAsync(httpContext);
        return true;
    }
}
