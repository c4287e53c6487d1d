using Coproduce.Core.People;
using Coproduce.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Coproduce.Web.Identity;

/// <summary>
/// Where someone goes once they are signed in: the page they were sent to sign in for (if it is on this site), or
/// their dashboard, in the language they chose for themselves, whichever language the sign-in page was in.
/// </summary>
public sealed class SignInDestination(IHttpContextAccessor http, PeopleService people)
{
    private const string SignedInPersonKey = nameof(SignInDestination);

    /// <summary>Called as the sign-in cookie is issued: the person is known then, but not yet in HttpContext.User.</summary>
    public static void Remember(HttpContext context, Guid? personId)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (personId is { } id)
        {
            context.Items[SignedInPersonKey] = id;
        }
    }

    /// <summary>The local address to send the person who has just signed in to.</summary>
    public async Task<string> AfterSignInAsync(string? returnUrl, IUrlHelper url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var context = http.HttpContext ?? throw new InvalidOperationException("Signing in happens while answering a request.");
        var person = context.Items[SignedInPersonKey] is Guid id ? await people.FindPersonAsync(id, cancellationToken) : null;
        var welsh = person is null ? WelshPathPrefix.IsWelsh(context) : person.Profile.Language == Language.Welsh;
        var target = url.IsLocalUrl(returnUrl) ? returnUrl! : "/dashboard";
        return InLanguage(target, welsh);
    }

    /// <summary>A local address (from the site's root, or "~/") moved into English or Welsh.</summary>
    public static string InLanguage(string localUrl, bool welsh)
    {
        ArgumentNullException.ThrowIfNull(localUrl);
        var path = localUrl.StartsWith("~/", StringComparison.Ordinal) ? localUrl[1..] : localUrl;
        // "/cy", "/cy/..." and "/cy?..." are Welsh; "/cymru" is not.
        if (path.StartsWith(WelshPathPrefix.Prefix, StringComparison.OrdinalIgnoreCase)
            && (path.Length == WelshPathPrefix.Prefix.Length || path[WelshPathPrefix.Prefix.Length] is '/' or '?' or '#'))
        {
            path = path[WelshPathPrefix.Prefix.Length..];
        }

        if (path.Length == 0 || path[0] != '/')
        {
            path = "/" + path;
        }

        if (!welsh)
        {
            return path;
        }

        return path == "/" ? WelshPathPrefix.Prefix : path.StartsWith("/?", StringComparison.Ordinal) || path.StartsWith("/#", StringComparison.Ordinal)
            ? WelshPathPrefix.Prefix + path[1..]
            : WelshPathPrefix.Prefix + path;
    }
}
