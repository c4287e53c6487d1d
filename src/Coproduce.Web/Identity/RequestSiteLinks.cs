using System.Globalization;
using Coproduce.Core.Notifications;

namespace Coproduce.Web.Identity;

/// <summary>Links in messages point at the address this request was made to, in the reader's language.</summary>
public sealed class RequestSiteLinks(IHttpContextAccessor http) : ISiteLinks
{
    public string LinkTo(CultureInfo language, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(language);
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Links to the site are made while answering a request.");
        var welsh = NotificationTemplates.LanguageCode(language) == "cy" ? "/cy" : string.Empty;
        return $"{request.Scheme}://{request.Host}{welsh}{pathAndQuery}";
    }
}
