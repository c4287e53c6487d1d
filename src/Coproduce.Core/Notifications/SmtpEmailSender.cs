using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Coproduce.Core.Notifications;

/// <summary>
/// Sends outbox emails over one SMTP connection, opened on the first message and reopened if the server drops it.
/// One per dispatch round: a connection is not kept open between rounds, when there is usually nothing to send.
/// </summary>
internal sealed class SmtpEmailSender(SmtpOptions options) : IAsyncDisposable
{
    /// <summary>The longest one SMTP command may take; the dispatcher's lease allows for it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly string host = string.IsNullOrWhiteSpace(options.Host)
        ? throw new InvalidOperationException("Notifications:Smtp:Host is not set: there is no mail server to send to.")
        : options.Host;

    private readonly MailboxAddress from = MailboxAddress.Parse(options.From
        ?? throw new InvalidOperationException("Notifications:Smtp:From is required when Notifications:Smtp:Host is set."));

    // Created after the settings are checked above, so a bad setting leaves no client undisposed.
    private readonly SmtpClient client = new() { Timeout = (int)Timeout.TotalMilliseconds };

    /// <summary>Hands <paramref name="message"/> to the mail server; returns when the server has accepted it.</summary>
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!client.IsConnected)
        {
            await client.ConnectAsync(host, options.Port, SocketOptions(options.Security), cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
            }
        }

        using var mime = ToMime(message);
        await client.SendAsync(mime, cancellationToken);
    }

    /// <summary>Drops the connection after a failure, so the next message starts a fresh conversation.</summary>
    public async Task ResetAsync()
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true);
            }
        }
        catch (Exception exception) when (exception is IOException or MailKit.ProtocolException or SmtpCommandException
            or OperationCanceledException or TimeoutException)
        {
            // Accepted messages are recorded already, and a failed one is recorded as failed; a rude goodbye changes neither.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ResetAsync();
        client.Dispose();
    }

    private MimeMessage ToMime(OutboxMessage message)
    {
        var body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = message.Body };
        // Content-* headers belong to the body part; mail programs and screen readers use it to pick a voice.
        body.Headers.Add(HeaderId.ContentLanguage, message.Language);
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Body = body,
            // The outbox id, so a message sent twice (a server that died after sending, before recording it) is seen as one.
            MessageId = $"{message.Id:N}@{from.Domain}",
        };
        mime.From.Add(from);
        mime.To.Add(MailboxAddress.Parse(message.To));
        return mime;
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new InvalidOperationException($"Unknown SMTP security '{security}'."),
    };
}
