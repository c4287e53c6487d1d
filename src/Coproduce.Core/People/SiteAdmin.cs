namespace Coproduce.Core.People;

/// <summary>A site admin as <see cref="SiteAdminService.ListAsync"/> shows them, with what their login can do.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Name">Their name.</param>
/// <param name="Email">The email address they sign in with, or their record's when they have no login.</param>
/// <param name="HasLogin">Whether they have a login at all.</param>
/// <param name="EmailConfirmed">Whether the login's email address is confirmed (the web app lets no one sign in before).</param>
/// <param name="HasPassword">Whether they have chosen a password.</param>
/// <param name="HasPasskey">Whether they have added a passkey.</param>
public sealed record SiteAdmin(Guid PersonId, string Name, string? Email, bool HasLogin, bool EmailConfirmed, bool HasPassword, bool HasPasskey)
{
    /// <summary>Whether they can sign in now: a confirmed login with a password or a passkey.</summary>
    public bool CanSignIn => HasLogin && EmailConfirmed && (HasPassword || HasPasskey);
}

/// <summary>What <see cref="SiteAdminService.AddAsync"/> did.</summary>
public enum SiteAdminAddition
{
    /// <summary>No login had the email address: a person and a login without a password were made, as a site admin.</summary>
    Created = 1,

    /// <summary>The login with the email address was made a site admin.</summary>
    Promoted = 2,

    /// <summary>The login with the email address was a site admin already; nothing changed.</summary>
    AlreadySiteAdmin = 3,
}

/// <summary>The site admin <see cref="SiteAdminService.AddAsync"/> made or found.</summary>
/// <param name="What">Made, promoted or found as they were.</param>
/// <param name="PersonId">The person.</param>
/// <param name="UserId">Their login, for a link to choose a password.</param>
/// <param name="Name">Their name.</param>
/// <param name="Email">The email address they sign in with.</param>
/// <param name="Language">Their language, for the link to the page in it.</param>
/// <param name="HasPassword">Whether they have chosen a password; without one they need a link to choose it.</param>
public sealed record SiteAdminAdded(SiteAdminAddition What, Guid PersonId, Guid UserId, string Name, string Email, Language Language, bool HasPassword);

/// <summary>What <see cref="SiteAdminService.RemoveAsync"/> did.</summary>
public enum SiteAdminRemoval
{
    /// <summary>They are no longer a site admin.</summary>
    Removed = 1,

    /// <summary>Someone has the email address but was not a site admin; nothing changed.</summary>
    WasNotSiteAdmin = 2,
}
