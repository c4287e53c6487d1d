namespace Coproduce.Core.Notifications;

/// <summary>
/// One email or text to one person, already written in their language. It is kept after sending, so an admin can
/// see what was sent, when, and why a message has not gone.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>After this many failed attempts the dispatcher stops trying; an admin can read the last error.</summary>
    public const int MaximumAttempts = 5;

    /// <summary>The longest address stored; RFC 5321 allows no more in a path.</summary>
    public const int MaximumAddressLength = 254;

    /// <summary>The longest error kept; a server's full reply can be much longer and says no more.</summary>
    public const int MaximumErrorLength = 1000;

    private OutboxMessage()
    {
        To = Language = Subject = Body = string.Empty;
    }

    internal OutboxMessage(NotificationChannel channel, string to, Guid? personId, string language,
        string subject, string body, DateTimeOffset createdAt, bool isDemo)
    {
        Id = Guid.CreateVersion7();
        Channel = channel;
        To = to;
        PersonId = personId;
        Language = language;
        Subject = subject;
        Body = body;
        CreatedAt = createdAt;
        IsDemo = isDemo;
    }

    /// <summary>The message's identity; also its Message-ID when emailed, so a copy sent twice is recognisable.</summary>
    public Guid Id { get; private set; }

    /// <summary>Email or text.</summary>
    public NotificationChannel Channel { get; private set; }

    /// <summary>The email address or phone number it goes to.</summary>
    public string To { get; private set; }

    /// <summary>The person it is for, when it is for a known person.</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>The language it is written in: <c>en</c> or <c>cy</c>.</summary>
    public string Language { get; private set; }

    /// <summary>The subject line.</summary>
    public string Subject { get; private set; }

    /// <summary>The text of the message, plain text.</summary>
    public string Body { get; private set; }

    /// <summary>When it was put in the outbox.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the mail server accepted it; none while unsent.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>How many times sending was tried, successful or not.</summary>
    public int Attempts { get; private set; }

    /// <summary>Why the last failed attempt failed; kept after a later success, as a record.</summary>
    public string? LastError { get; private set; }

    /// <summary>
    /// Until when an app server holds the message to send it, or, after a failure, until when nobody retries it.
    /// Others leave it alone until then, so two servers never send the same message.
    /// </summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>Which dispatch round holds the claim, so a server reads back exactly the rows it won.</summary>
    public Guid? ClaimedBy { get; private set; }

    /// <summary>Made for a demonstration with made-up people: kept in the outbox, never sent.</summary>
    public bool IsDemo { get; private set; }

    /// <summary>Whether a mail server has accepted it.</summary>
    public bool IsSent => SentAt is not null;

    /// <summary>Whether the dispatcher has stopped trying.</summary>
    public bool HasGivenUp => SentAt is null && Attempts >= MaximumAttempts;

    /// <summary>Records that the mail server accepted the message and releases the claim.</summary>
    internal void MarkSent(DateTimeOffset at)
    {
        if (IsSent)
        {
            throw new InvalidOperationException($"Outbox message {Id} was already sent at {SentAt:O}.");
        }

        SentAt = at;
        Attempts++;
        ClaimedUntil = null;
        ClaimedBy = null;
    }

    /// <summary>Records a failed attempt; nobody retries it before <paramref name="retryAfter"/> has passed.</summary>
    internal void MarkFailed(string error, DateTimeOffset at, TimeSpan retryAfter)
    {
        if (IsSent)
        {
            throw new InvalidOperationException($"Outbox message {Id} was sent at {SentAt:O}; it can't fail afterwards.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        Attempts++;
        LastError = error.Length <= MaximumErrorLength ? error : error[..MaximumErrorLength];
        ClaimedUntil = at + retryAfter;
        ClaimedBy = null;
    }
}
