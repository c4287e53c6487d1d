namespace Coproduce.Core.Notifications;

/// <summary>How a message reaches a person.</summary>
public enum NotificationChannel
{
    /// <summary>An email, sent over SMTP when it is configured.</summary>
    Email = 1,

    /// <summary>A text message. Nothing sends these yet: they stay in the outbox for an admin to read.</summary>
    Text = 2,
}
