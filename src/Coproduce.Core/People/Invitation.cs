using System.Security.Cryptography;
using System.Text;

namespace Coproduce.Core.People;

/// <summary>
/// An email asking someone to take a role in an organisation. Its link carries a secret of which only a hash is kept;
/// it can be accepted once, within <see cref="Lifetime"/> of being sent, and resending it makes a new secret, so an
/// older email's link stops working. The hash stays after it is accepted or withdrawn, so its link can still say so.
/// </summary>
public sealed class Invitation
{
    /// <summary>How long a sent invitation can be accepted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private Invitation()
    {
        Email = string.Empty;
        EmailKey = string.Empty;
        SecretHash = [];
    }

    internal Invitation(Guid id, Guid organisationId, string email, OrganisationRole role, Language language, Guid invitedById, DateTimeOffset at)
    {
        Id = id;
        OrganisationId = organisationId;
        Email = email;
        EmailKey = KeyOf(email);
        Role = role;
        Language = language;
        InvitedById = invitedById;
        InvitedAt = at;
        SecretHash = [];
    }

    /// <summary>The invitation's identity, in its link.</summary>
    public Guid Id { get; private set; }

    /// <summary>The organisation the role is in.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>The address it was sent to, as the inviter typed it.</summary>
    public string Email { get; private set; }

    /// <summary>The address folded for comparing, as Identity folds an account's email.</summary>
    public string EmailKey { get; private set; }

    /// <summary>The role accepting gives.</summary>
    public OrganisationRole Role { get; private set; }

    /// <summary>The language the email was written in, and the accepting page opens in.</summary>
    public Language Language { get; private set; }

    /// <summary>Who invited them.</summary>
    public Guid InvitedById { get; private set; }

    /// <summary>When it was first sent.</summary>
    public DateTimeOffset InvitedAt { get; private set; }

    /// <summary>When it was last sent: first, or on the latest resend.</summary>
    public DateTimeOffset SentAt { get; private set; }

    /// <summary>When it can no longer be accepted.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>SHA-256 of the secret in the latest email's link.</summary>
    public byte[] SecretHash { get; private set; }

    /// <summary>Waiting, accepted or withdrawn.</summary>
    public InvitationStatus Status { get; private set; }

    /// <summary>When it was accepted or withdrawn.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Who accepted it (the person now holding the role), or who withdrew it.</summary>
    public Guid? ClosedById { get; private set; }

    /// <summary>Whether it is waiting but too old to accept.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => Status == InvitationStatus.Waiting && now >= ExpiresAt;

    /// <summary>Whether <paramref name="secret"/> is the one in the latest email's link.</summary>
    public bool HasSecret(string? secret) =>
        !string.IsNullOrEmpty(secret) && SecretHash.Length > 0 && CryptographicOperations.FixedTimeEquals(Hash(secret), SecretHash);

    /// <summary>The address folded for comparing: trimmed and upper-cased, as Identity's normaliser does.</summary>
    public static string KeyOf(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToUpperInvariant();
    }

    /// <summary>Makes a new secret for the link, good for <see cref="Lifetime"/> from <paramref name="at"/>; returns it to put in the email.</summary>
    internal string Send(DateTimeOffset at)
    {
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        SecretHash = Hash(secret);
        SentAt = at;
        ExpiresAt = at + Lifetime;
        return secret;
    }

    internal void Accept(Guid personId, DateTimeOffset at) => Close(InvitationStatus.Accepted, personId, at);

    internal void Withdraw(Guid byId, DateTimeOffset at) => Close(InvitationStatus.Withdrawn, byId, at);

    private void Close(InvitationStatus outcome, Guid byId, DateTimeOffset at)
    {
        if (Status != InvitationStatus.Waiting)
        {
            throw new InvalidOperationException($"Invitation {Id} is {Status}, not waiting.");
        }

        Status = outcome;
        ClosedById = byId;
        ClosedAt = at;
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}

/// <summary>Where an invitation stands. An expired one is still waiting: it can be resent.</summary>
public enum InvitationStatus
{
    /// <summary>Sent, not yet accepted or withdrawn.</summary>
    Waiting = 0,

    /// <summary>Accepted: the person holds the role.</summary>
    Accepted = 1,

    /// <summary>Withdrawn by a coordinator or admin.</summary>
    Withdrawn = 2,
}
