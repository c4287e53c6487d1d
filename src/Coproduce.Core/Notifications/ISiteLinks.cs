using System.Globalization;

namespace Coproduce.Core.Notifications;

/// <summary>
/// Where the links in a message point: the web app answers with the address it is served at, in the reader's
/// language; elsewhere (the command line, tests) a link is the path alone.
/// </summary>
public interface ISiteLinks
{
    /// <summary>A link to <paramref name="pathAndQuery"/> (e.g. "/organisations/{id}/members") in <paramref name="language"/>.</summary>
    string LinkTo(CultureInfo language, string pathAndQuery);
}

/// <summary>Links without a host, for where no web request is being answered.</summary>
internal sealed class RelativeSiteLinks : ISiteLinks
{
    public string LinkTo(CultureInfo language, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(language);
        return (NotificationTemplates.LanguageCode(language) == "cy" ? "/cy" : string.Empty) + pathAndQuery;
    }
}
