using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Credits;

/// <summary>How many credits, in words: "1 credit", "3 credits"; Welsh keeps the singular after a number ("3 credyd").</summary>
internal static class CreditsWording
{
    public static string Count(IStringLocalizer text, long credits)
    {
        ArgumentNullException.ThrowIfNull(text);
        return credits == 1 ? text["Credits.One"] : text["Credits.Count", credits];
    }
}
