namespace Coproduce.Core.Credits;

/// <summary>
/// An organisation that takes part in a time-credit network: it awards credits for time given to it (an earn
/// partner), accepts them (a spend partner, such as a leisure centre), or both. Its credits are held in its own
/// account at the network, opened in the act that adds it.
/// </summary>
public sealed class CreditPartner
{
    private CreditPartner()
    {
    }

    internal CreditPartner(Guid id, Guid networkId, Guid organisationId, bool earns, bool accepts, Guid accountId, DateTimeOffset joinedAt)
    {
        Id = id;
        NetworkId = networkId;
        OrganisationId = organisationId;
        Earns = earns;
        Accepts = accepts;
        AccountId = accountId;
        JoinedAt = joinedAt;
    }

    /// <summary>The partnership's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The time-credit network.</summary>
    public Guid NetworkId { get; private set; }

    /// <summary>The partner organisation.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>Runs activities that award credits, and may hold a bank of credits to share out.</summary>
    public bool Earns { get; private set; }

    /// <summary>Accepts credits for what it offers.</summary>
    public bool Accepts { get; private set; }

    /// <summary>The partner's account at the network: its bank to award from, and what it has accepted.</summary>
    public Guid AccountId { get; private set; }

    /// <summary>When it joined the network.</summary>
    public DateTimeOffset JoinedAt { get; private set; }

    /// <summary>The hashed passcode of the venue's shared counter sign-in; none until its admin sets one.</summary>
    public string? CounterPasscodeHash { get; private set; }

    internal void SetCounterPasscode(string hash) => CounterPasscodeHash = hash;
}
