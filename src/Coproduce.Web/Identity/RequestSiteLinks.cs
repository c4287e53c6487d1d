using System.Globalization;
using Coproduce.Core.Notifications;

namespace Coproduce.Web.Identity;

/// <summary>
/// Links in messages point at the address this request was made to, in the reader's language. Outside a request (the
/// demo community seeded as the app starts) there is no address to use, so the link is the path alone, as on the
/// command line; those messages are the demo's, and never sent.
/// </summary>
public sealed class RequestSiteLinks(IHttpContextAccessor http) : ISiteLinks
{
    public string LinkTo(CultureInfo language, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(language);
        var welsh = NotificationTemplates.LanguageCode(language) == "cy" ? "/cy" : string.Empty;
        var request = http.HttpContext?.Request;
        return request is null ? welsh + pathAndQuery : $"{request.Scheme}://{request.Host}{welsh}{pathAndQuery}";
    }
}
