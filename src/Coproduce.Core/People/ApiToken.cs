namespace Coproduce.Core.People;

/// <summary>
/// A key an organisation gives one of its systems (a council's CRM, a partner's booking tool) to call the API as the
/// organisation. Only a hash of the secret is kept: the secret is shown once, when the token is made, and a lost one
/// is replaced, never recovered.
/// </summary>
public sealed class ApiToken
{
    /// <summary>The longest name.</summary>
    public const int MaximumNameLength = 100;

    /// <summary>How many characters of the secret are kept in the clear, so people can tell their tokens apart.</summary>
    public const int PrefixLength = 11;

    private ApiToken()
    {
        Name = string.Empty;
        Prefix = string.Empty;
        SecretHash = [];
    }

    internal ApiToken(Guid id, Guid organisationId, string name, string prefix, byte[] secretHash, Guid createdById, DateTimeOffset createdAt)
    {
        Id = id;
        OrganisationId = organisationId;
        Name = name;
        Prefix = prefix;
        SecretHash = secretHash;
        CreatedById = createdById;
        CreatedAt = createdAt;
    }

    /// <summary>The token's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The organisation the token acts for.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>What it is for, e.g. "Council CRM".</summary>
    public string Name { get; private set; }

    /// <summary>The start of the secret (e.g. <c>cp_ab12cd34</c>), shown in lists; not enough to use it.</summary>
    public string Prefix { get; private set; }

    /// <summary>The organisation admin (or site admin) who made it; what the API records is recorded as done by them.</summary>
    public Guid CreatedById { get; private set; }

    /// <summary>When it was made.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it was revoked; a revoked token opens nothing.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Who revoked it.</summary>
    public Guid? RevokedById { get; private set; }

    /// <summary>Roughly when it was last used (to the minute), so unused tokens can be spotted and revoked.</summary>
    public DateTimeOffset? LastUsedAt { get; private set; }

    /// <summary>Whether it still opens the API.</summary>
    public bool IsActive => RevokedAt is null;

    internal byte[] SecretHash { get; private set; }

    internal void Revoke(Guid revokedById, DateTimeOffset at)
    {
        if (RevokedAt is not null)
        {
            throw new InvalidOperationException($"API token {Id} is already revoked.");
        }

        RevokedAt = at;
        RevokedById = revokedById;
    }
}

/// <summary>A token just made, with its secret: the only time the secret is available.</summary>
/// <param name="Token">The stored token.</param>
/// <param name="Secret">The secret to give to the organisation's system, once.</param>
public sealed record NewApiToken(ApiToken Token, string Secret);
