using System.Text;
using Coproduce.Core.Notifications;
using Coproduce.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Coproduce.Web.Identity;

/// <summary>
/// The emails an account needs (confirm the address, reset the password), written to the outbox in the person's
/// language, with a link to the page in that language.
/// </summary>
public sealed class AccountEmails(UserManager<UserAccount> users, Outbox outbox, ISiteLinks links)
{
    public async Task SendConfirmationAsync(UserAccount user, Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await SendAsync(user, person, NotificationTemplate.ConfirmEmail,
            AccountLinks.ConfirmEmail(user.Id, await users.GenerateEmailConfirmationTokenAsync(user)), cancellationToken);
    }

    public async Task SendPasswordResetAsync(UserAccount user, Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await SendAsync(user, person, NotificationTemplate.ResetPassword,
            AccountLinks.ResetPassword(user.Id, await users.GeneratePasswordResetTokenAsync(user)), cancellationToken);
    }

    /// <summary>
    /// Decodes a code from a link (encoded by <see cref="AccountLinks.EncodeToken"/>, here or by the command line); null if
    /// it was mangled (a line-wrapped email, a bad copy and paste).
    /// </summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>An absolute link to a page of this site, in <paramref name="person"/>'s language.</summary>
    public string Link(Person person, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(person);
        return links.LinkTo(person.Profile.Language.Culture(), pathAndQuery);
    }

    private async Task SendAsync(UserAccount user, Person person, NotificationTemplate template, string pathAndQuery,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var link = Link(person, pathAndQuery);
        await outbox.EnqueueEmailAsync(user.Email!, person.Id, person.Profile.Language.Culture(), template,
            [person.Profile.Name, link], person.IsDemo, cancellationToken);
    }
}
