using System.Globalization;
using Coproduce.Core.Notifications;

namespace Coproduce.Cli.Admin;

/// <summary>
/// Where the web app is served, as the operator gives it (--site-url), so a printed link opens the right page: in the
/// reader's language, as the web app makes its own links (Welsh pages under /cy).
/// </summary>
internal sealed class SiteAddress : ISiteLinks
{
    /// <summary>Where `dotnet run --project src/Coproduce.Web` serves the app (its launchSettings.json).</summary>
    public const string Default = "http://localhost:5080";

    private readonly string root;

    private SiteAddress(Uri address) => root = address.GetLeftPart(UriPartial.Path).TrimEnd('/');

    /// <summary>The address, or none when it is not an absolute http or https address without a query.</summary>
    public static SiteAddress? Parse(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)
            && address.Query.Length == 0 && address.Fragment.Length == 0
            ? new SiteAddress(address)
            : null;

    public string LinkTo(CultureInfo language, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(language);
        return root + (NotificationTemplates.LanguageCode(language) == "cy" ? "/cy" : string.Empty) + pathAndQuery;
    }
}
