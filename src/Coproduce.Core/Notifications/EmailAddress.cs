using System.Net.Mail;
using Coproduce.Core.Common;
using MimeKit;

namespace Coproduce.Core.Notifications;

/// <summary>Whether an email address is one we can store and send to.</summary>
internal static class EmailAddress
{
    /// <summary>The reason <paramref name="address"/> is refused, or none when it will do.</summary>
    public static FieldError? Check(string? address, string field)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return new FieldError(field, "Notifications.AddressRequired");
        }

        var trimmed = address.Trim();
        if (trimmed.Length > OutboxMessage.MaximumAddressLength)
        {
            return new FieldError(field, "Notifications.AddressTooLong", OutboxMessage.MaximumAddressLength);
        }

        // A bare address only: a display name ("Megan <megan@example.org>") or a list is not what a person typed in
        // an email field. Both parsers must accept it: .NET's is strict about form, MimeKit's is the one that sends.
        // A host without a dot (name@localhost) is a typing slip for a person, never their real address.
        var valid = MailAddress.TryCreate(trimmed, out var parsed)
            && parsed.Address == trimmed
            && parsed.DisplayName.Length == 0
            && parsed.Host.Contains('.', StringComparison.Ordinal)
            && MailboxAddress.TryParse(trimmed, out var mailbox)
            && mailbox.Address == trimmed;
        return valid ? null : new FieldError(field, "Notifications.AddressInvalid");
    }

    /// <summary>Whether <paramref name="from"/> names a sender MimeKit can write, with or without a display name.</summary>
    public static bool IsValidSender(string? from) =>
        !string.IsNullOrWhiteSpace(from) && MailboxAddress.TryParse(from, out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal);
}
