namespace Coproduce.Core.Journeys;

/// <summary>
/// The answers so far of one person's journey through several pages (booking a trip, registering for an event), kept
/// on the server and found by the id in the address, so "check your answers" and "change" work without JavaScript and
/// without hidden fields carrying everything. It belongs to the person who started it and lapses at its expiry.
/// </summary>
public sealed class JourneyInstance
{
    private JourneyInstance()
    {
        Kind = string.Empty;
        StateJson = string.Empty;
    }

    internal JourneyInstance(Guid id, string kind, Guid ownerId, string stateJson, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        Id = id;
        Kind = kind;
        OwnerId = ownerId;
        StateJson = stateJson;
        StartedAt = now;
        UpdatedAt = now;
        ExpiresAt = expiresAt;
    }

    /// <summary>The id in the journey's addresses.</summary>
    public Guid Id { get; private set; }

    /// <summary>Which journey it is ("transport.booking"): an id from one journey never opens another.</summary>
    public string Kind { get; private set; }

    /// <summary>The person going through it (a coordinator, when they book for a member).</summary>
    public Guid OwnerId { get; private set; }

    /// <summary>The answers so far, as JSON.</summary>
    public string StateJson { get; private set; }

    /// <summary>When it was started.</summary>
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>When the answers last changed.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>After this it is gone, as if never started.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    internal void Replace(string stateJson, DateTimeOffset now)
    {
        StateJson = stateJson;
        UpdatedAt = now;
    }
}
