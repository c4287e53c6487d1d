using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Coproduce.Core.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Coproduce.Web.Api;

/// <summary>
/// The "ApiToken" scheme: <c>Authorization: Bearer cp_...</c> from an organisation's own system. The caller becomes the
/// token's organisation, acting as the person who made the token (so the audit names a person, as it does for pages).
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string Bearer = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.AuthenticateAsync(header[Bearer.Length..].Trim(), Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("The API token is unknown or revoked.");
        }

        var claims = new List<Claim>
        {
            new(ApiClaims.TokenId, token.Id.ToString()),
            new(ApiClaims.ActorId, token.CreatedById.ToString()),
            new(ClaimTypes.Name, token.Name),
        };
        // The token is genuine (so not a 401), but it acts as its creator: once they are no longer an admin there, it
        // carries no organisation, and the API's policy, which needs one, answers 403 to reads and writes alike.
        if (await tokens.CreatorStillHoldsAuthorityAsync(token, Context.RequestAborted))
        {
            claims.Add(new Claim(ApiClaims.OrganisationId, token.OrganisationId.ToString()));
        }

        var identity = new ClaimsIdentity(claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    // A system calling the API needs a status and a reason it can log, not a redirect to a sign-in page.
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = Request.Headers.Authorization.Count == 0 ? "Bearer" : "Bearer error=\"invalid_token\"";
        await ApiProblems.Problem(Context, StatusCodes.Status401Unauthorized, "Api.Unauthorised").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        await ApiProblems.Problem(Context, StatusCodes.Status403Forbidden,
            Context.User.HasClaim(c => c.Type == ApiClaims.TokenId) && !Context.User.HasClaim(c => c.Type == ApiClaims.OrganisationId)
                ? "Api.CreatorNoLongerAdmin"
                : "Api.Forbidden").ExecuteAsync(Context);
}

/// <summary>The claims an API token puts on the caller, and reading them back.</summary>
internal static class ApiClaims
{
    public const string TokenId = "coproduce:api_token";
    public const string OrganisationId = "coproduce:organisation";
    public const string ActorId = "coproduce:actor";

    public static ApiCaller Caller(this ClaimsPrincipal user) => new(
        Guid.Parse(user.FindFirstValue(OrganisationId)!, CultureInfo.InvariantCulture),
        Guid.Parse(user.FindFirstValue(ActorId)!, CultureInfo.InvariantCulture));
}

/// <summary>Who is calling: the token's organisation, and the person the token acts as.</summary>
internal sealed record ApiCaller(Guid OrganisationId, Guid ActorId);
