using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Coproduce.Core.Audit;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.People;

/// <summary>
/// Tokens that let an organisation's own systems call the API as the organisation. Only an organisation admin (or a
/// site admin) makes or revokes them; both are audited. No token is made for a suspended organisation; one can still be
/// revoked there, since taking a system's access away is what a suspension is for.
/// </summary>
public sealed class ApiTokenService
{
    /// <summary>What every secret starts with, so one pasted into the wrong place is easy to recognise and scan for.</summary>
    public const string SecretStart = "cp_";

    private static readonly OrganisationRole[] TokenAdminRoles = [OrganisationRole.OrganisationAdmin];

    // Writing "last used" on every call would make each read a write; to the minute is enough to spot idle tokens.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private readonly IDbContextFactory<CoproduceDbContext> contexts;
    private readonly UnitsOfWork units;
    private readonly TimeProvider clock;

    /// <summary>Creates the service.</summary>
    public ApiTokenService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, TimeProvider clock)
    {
        this.contexts = contexts;
        this.units = units;
        this.clock = clock;
    }

    /// <summary>Makes a token for an organisation. The secret in the result is never available again.</summary>
    /// <param name="actorPersonId">Who is making it: an organisation admin of the organisation, or a site admin.</param>
    /// <param name="organisationId">The organisation the token will act for.</param>
    /// <param name="name">What it is for, e.g. "Council CRM".</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Result<NewApiToken>> CreateAsync(Guid actorPersonId, Guid organisationId, string name,
        CancellationToken cancellationToken = default)
    {
        var tidyName = name?.Trim() ?? string.Empty;
        if (TextRules.Check("Name", tidyName) is { } nameText)
        {
            return Task.FromResult(Result<NewApiToken>.Refused(nameText));
        }

        if (!TextRules.HasVisibleText(tidyName))
        {
            return Task.FromResult(Result<NewApiToken>.Refused(new FieldError("Name", "ApiTokens.NameRequired")));
        }

        if (tidyName.Length > ApiToken.MaximumNameLength)
        {
            return Task.FromResult(Result<NewApiToken>.Refused(new FieldError("Name", "ApiTokens.NameTooLong", ApiToken.MaximumNameLength)));
        }

        return units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            var refusal = await PeopleService.RefuseUnlessRoleAsync(db, actorPersonId, organisationId, TokenAdminRoles,
                "ApiTokens.NotOrganisationAdmin", token) ?? await PeopleService.RefuseIfSuspendedAsync(db, organisationId, token);
            if (refusal is not null)
            {
                return Result<NewApiToken>.Refused(refusal);
            }

            // Made afresh if the act runs again: nothing of a secret from a rolled-back attempt survives it.
            var secret = SecretStart + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            var now = clock.GetUtcNow();
            var apiToken = new ApiToken(Guid.CreateVersion7(now), organisationId, tidyName, secret[..ApiToken.PrefixLength], Hash(secret),
                actorPersonId, now);
            db.ApiTokens.Add(apiToken);
            db.AuditEntries.Add(new AuditEntry(now, AuditActions.ApiTokenCreated, actorPersonId, null, organisationId, apiToken.Id));
            return Result<NewApiToken>.Success(new NewApiToken(apiToken, secret));
        }, cancellationToken);
    }

    /// <summary>Revokes a token at once; a system still using it is refused from its next call.</summary>
    /// <param name="actorPersonId">Who is revoking it: an organisation admin of its organisation, or a site admin.</param>
    /// <param name="tokenId">The token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Result<ApiToken>> RevokeAsync(Guid actorPersonId, Guid tokenId, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, cancel) =>
        {
            var db = work.Db;
            var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId, cancel);
            if (token is null)
            {
                return Result<ApiToken>.Refused(new FieldError(string.Empty, "ApiTokens.UnknownToken"));
            }

            // Not refused in a suspended organisation: revoking takes access away, which is what a suspension wants.
            if (await PeopleService.RefuseUnlessRoleAsync(db, actorPersonId, token.OrganisationId, TokenAdminRoles,
                    "ApiTokens.NotOrganisationAdmin", cancel) is { } refusal)
            {
                return Result<ApiToken>.Refused(refusal);
            }

            if (!token.IsActive)
            {
                return Result<ApiToken>.Refused(new FieldError(string.Empty, "ApiTokens.AlreadyRevoked"));
            }

            var now = clock.GetUtcNow();
            token.Revoke(actorPersonId, now);
            db.AuditEntries.Add(new AuditEntry(now, AuditActions.ApiTokenRevoked, actorPersonId, null, token.OrganisationId, token.Id));
            return Result<ApiToken>.Success(token);
        }, cancellationToken);

    /// <summary>The most tokens <see cref="ListAsync"/> returns: far more than an organisation has systems.</summary>
    public const int MaximumListed = 100;

    /// <summary>
    /// An organisation's tokens, revoked ones included, newest first, at most <paramref name="limit"/> (up to
    /// <see cref="MaximumListed"/>). Secrets are not in them.
    /// </summary>
    public async Task<IReadOnlyList<ApiToken>> ListAsync(Guid organisationId, int limit = MaximumListed, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Sorted and cut in the database: revoked tokens are kept for ever, so the list only grows.
        return await db.ApiTokens.AsNoTracking().Where(t => t.OrganisationId == organisationId)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Take(Math.Clamp(limit, 1, MaximumListed)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The active token this secret belongs to, or none when it is unknown, malformed or revoked. Notes when it was used.
    /// </summary>
    /// <param name="secret">The secret as presented, e.g. from an <c>Authorization: Bearer</c> header.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<ApiToken?> AuthenticateAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < ApiToken.PrefixLength || secret.Length > 200
            || !secret.StartsWith(SecretStart, StringComparison.Ordinal))
        {
            return null;
        }

        var presented = Hash(secret);
        var prefix = secret[..ApiToken.PrefixLength];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await db.ApiTokens.AsNoTracking().Where(t => t.Prefix == prefix).ToListAsync(cancellationToken);
        var token = candidates.FirstOrDefault(t => CryptographicOperations.FixedTimeEquals(t.SecretHash, presented));
        if (token is null || !token.IsActive)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var staleBefore = now - LastUsedResolution;
        // A conditional update: many app servers may note the same use; at most one write a minute lands.
        await db.ApiTokens
            .Where(t => t.Id == token.Id && (t.LastUsedAt == null || t.LastUsedAt < staleBefore))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        return token;
    }

    /// <summary>
    /// Whether the person who made the token still holds the authority to make it (an active organisation admin of its
    /// organisation, or a site admin). A token acts as its creator, so once they lose the role it may neither read nor
    /// write, though it stays unrevoked until someone revokes it (or the role comes back).
    /// </summary>
    /// <param name="token">A token <see cref="AuthenticateAsync"/> found.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<bool> CreatorStillHoldsAuthorityAsync(ApiToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PeopleService.RefuseUnlessRoleAsync(db, token.CreatedById, token.OrganisationId, TokenAdminRoles,
            "ApiTokens.NotOrganisationAdmin", cancellationToken) is null;
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
