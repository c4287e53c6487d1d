namespace Coproduce.Core.Notifications;

/// <summary>How notifications are sent, from the "Notifications" configuration section.</summary>
public sealed class NotificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Notifications";

    /// <summary>The mail server. Without a host, nothing is sent and messages wait in the outbox.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>How often each app server looks for messages to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>The mail server that sends the outbox's emails ("Notifications:Smtp").</summary>
public sealed class SmtpOptions
{
    /// <summary>The server's host name; empty means "don't send email".</summary>
    public string? Host { get; set; }

    /// <summary>The server's port: 25 by default, often 587 with STARTTLS or 465 with TLS from the start.</summary>
    public int Port { get; set; } = 25;

    /// <summary>The user to sign in as, if the server wants one.</summary>
    public string? UserName { get; set; }

    /// <summary>The password for <see cref="UserName"/>.</summary>
    public string? Password { get; set; }

    /// <summary>Who emails come from, e.g. <c>Coproduce &lt;no-reply@example.org&gt;</c>; required with a host.</summary>
    public string? From { get; set; }

    /// <summary>How the connection is protected; STARTTLS by default, so passwords and messages never cross in clear by accident.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Whether a mail server is configured, so emails should be sent.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>How the connection to the mail server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>No encryption: only for a relay on the same machine or a private network.</summary>
    None = 0,

    /// <summary>Connect in clear, then require STARTTLS before anything else is said (port 587 or 25).</summary>
    StartTls = 1,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect = 2,
}
