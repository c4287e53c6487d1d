using System.Buffers.Text;
using System.Text;

namespace Coproduce.Core.People;

/// <summary>
/// The addresses of the account pages that take one of Identity's tokens, built in one place so that the web app's
/// emails and the command line's printed links are the same and the pages read both. Give the result to an
/// <c>ISiteLinks</c> to make it absolute and put it in the reader's language.
/// </summary>
public static class AccountLinks
{
    /// <summary>The page that confirms an email address, with the user and their token.</summary>
    public static string ConfirmEmail(Guid userId, string token) => WithToken("/account/confirm-email", userId, token);

    /// <summary>The page that sets a new password, with the user and their token.</summary>
    public static string ResetPassword(Guid userId, string token) => WithToken("/account/reset-password", userId, token);

    /// <summary>The token as it goes in an address. Identity's tokens hold characters a URL would mangle (+, /, =).</summary>
    public static string EncodeToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token));
    }

    private static string WithToken(string path, Guid userId, string token) => $"{path}?userId={userId}&code={EncodeToken(token)}";
}
