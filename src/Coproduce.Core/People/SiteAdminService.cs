using Coproduce.Core.Audit;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.People;

/// <summary>
/// Who runs the installation. Site admins are made and unmade only from the command line, never from a form: the first
/// one has no one to ask. Each change is audited, with the command line as the actor, in the act that makes it; and
/// once there is a site admin there is always at least one.
/// </summary>
public sealed class SiteAdminService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, TimeProvider clock)
{
    // Identity's own normaliser, the one the web app's UserManager finds logins with: a login made here must be found there.
    private static readonly UpperInvariantLookupNormalizer Normalizer = new();

    // The web app makes the email address the user name, so it must be one Identity accepts as a user name too.
    private static readonly string UserNameCharacters = IdentityOptionsOfCoproduce().User.AllowedUserNameCharacters;

    /// <summary>
    /// Makes the login with <paramref name="email"/> a site admin; or, when no login has it, makes a person and a login
    /// without a password (its email address confirmed: the operator vouches for it), as a site admin. A login whose
    /// email address is not confirmed is refused: whoever registered it may not own the address, and knows its password.
    /// </summary>
    /// <param name="email">The email address they sign in with.</param>
    /// <param name="name">A new person's name; the part of the address before the @ when none is given.</param>
    /// <param name="language">A new person's language.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Result<SiteAdminAdded>> AddAsync(string email, string? name = null, Language language = Language.English,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var address = email.Trim();
        if (!IsSignInAddress(address))
        {
            return Task.FromResult(Result<SiteAdminAdded>.Refused(new FieldError(nameof(PersonProfile.Email), "People.EmailInvalid")));
        }

        var givenName = string.IsNullOrWhiteSpace(name) ? address[..address.LastIndexOf('@')] : name;
        var profile = PeopleRules.Check(new PersonProfile(givenName, language, address, null, null, null, ConsentChoices.None),
            UkTime.Today(clock));
        if (!profile.Succeeded)
        {
            return Task.FromResult(Result<SiteAdminAdded>.Refused(profile.Errors));
        }

        return units.RunAsync((work, token) => AddInAsync(work, profile.Value, token), cancellationToken);
    }

    private async Task<Result<SiteAdminAdded>> AddInAsync(UnitOfWork work, PersonProfile profile, CancellationToken cancellationToken)
    {
        var db = work.Db;
        var email = profile.Email!;
        var user = await FindLoginAsync(db, email, cancellationToken);
        var now = clock.GetUtcNow();
        if (user is not null)
        {
            var person = await db.People.SingleAsync(p => p.Id == user.PersonId, cancellationToken);
            if (person.IsSiteAdmin)
            {
                return Result<SiteAdminAdded>.Success(Added(SiteAdminAddition.AlreadySiteAdmin, person, user));
            }

            if (!user.EmailConfirmed)
            {
                return Result<SiteAdminAdded>.Refused(new FieldError(nameof(PersonProfile.Email), "People.SiteAdminEmailNotConfirmed"));
            }

            person.MakeSiteAdmin();
            db.AuditEntries.Add(new AuditEntry(now, AuditActions.SiteAdminGranted, AuditActors.CommandLine, null, null, person.Id));
            return Result<SiteAdminAdded>.Success(Added(SiteAdminAddition.Promoted, person, user));
        }

        var made = new Person(Guid.CreateVersion7(now), profile, now, AuditActors.CommandLine, isDemo: false);
        made.MakeSiteAdmin();
        var login = new UserAccount
        {
            Id = Guid.CreateVersion7(now),
            PersonId = made.Id,
            UserName = email,
            NormalizedUserName = Normalizer.NormalizeName(email),
            Email = email,
            NormalizedEmail = Normalizer.NormalizeEmail(email),
            EmailConfirmed = true,
            LockoutEnabled = true,
            // Identity's tokens carry the stamp; changing the password changes it, so a link to choose one works once.
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.People.Add(made);
        db.Users.Add(login);
        db.AuditEntries.Add(new AuditEntry(now, AuditActions.PersonCreated, AuditActors.CommandLine, null, null, made.Id));
        db.AuditEntries.Add(new AuditEntry(now, AuditActions.SiteAdminGranted, AuditActors.CommandLine, null, null, made.Id));
        // Two operators adding the same new address at once: the second insert breaks Identity's unique user name, the
        // unit of work runs the act again, and it finds the first one's login instead.
        return Result<SiteAdminAdded>.Success(Added(SiteAdminAddition.Created, made, login));
    }

    /// <summary>
    /// Takes site admin away from the person who signs in with <paramref name="email"/> (or whose record has it). The
    /// last site admin is refused, so the installation always has someone who can run it.
    /// </summary>
    public Task<Result<SiteAdminRemoval>> RemoveAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var normalized = Normalizer.NormalizeEmail(email.Trim());
        return units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            var adminIds = await LockSiteAdminsAsync(db, token);
            var admins = await db.People.Where(p => adminIds.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(token);
            var loginsOfAdmins = await db.Users.AsNoTracking().Where(u => adminIds.Contains(u.PersonId))
                .ToDictionaryAsync(u => u.PersonId, u => u.NormalizedEmail, token);
            // The address they sign in with first; the one on their record only for an admin without a login to match.
            var target = admins.FirstOrDefault(p => loginsOfAdmins.GetValueOrDefault(p.Id) == normalized)
                ?? admins.FirstOrDefault(p => p.Profile.Email is { } recorded && Normalizer.NormalizeEmail(recorded) == normalized);
            if (target is null)
            {
                return await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, token)
                    ? Result<SiteAdminRemoval>.Success(SiteAdminRemoval.WasNotSiteAdmin)
                    : Result<SiteAdminRemoval>.Refused(new FieldError(nameof(PersonProfile.Email), "People.NoOneWithEmail"));
            }

            if (admins.Count == 1)
            {
                return Result<SiteAdminRemoval>.Refused(new FieldError(nameof(PersonProfile.Email), "People.LastSiteAdmin"));
            }

            target.RemoveSiteAdmin();
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), AuditActions.SiteAdminRemoved, AuditActors.CommandLine, null, null, target.Id));
            return Result<SiteAdminRemoval>.Success(SiteAdminRemoval.Removed);
        }, cancellationToken);
    }

    /// <summary>Every site admin, by name, with whether they can sign in. Site admins are a handful, so the list is read whole.</summary>
    public async Task<IReadOnlyList<SiteAdmin>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var admins = await db.People.AsNoTracking().Where(p => p.IsSiteAdmin).OrderBy(p => p.SortName).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Profile.Name, p.Profile.Email }).ToListAsync(cancellationToken);
        var ids = admins.Select(a => a.Id).ToList();
        var logins = await db.Users.AsNoTracking().Where(u => ids.Contains(u.PersonId))
            .Select(u => new
            {
                u.PersonId,
                u.Email,
                u.EmailConfirmed,
                HasPassword = u.PasswordHash != null,
                HasPasskey = db.UserPasskeys.Any(k => k.UserId == u.Id),
            })
            .ToDictionaryAsync(u => u.PersonId, cancellationToken);
        return [.. admins.Select(a => logins.TryGetValue(a.Id, out var login)
            ? new SiteAdmin(a.Id, a.Name, login.Email, HasLogin: true, login.EmailConfirmed, login.HasPassword, login.HasPasskey)
            : new SiteAdmin(a.Id, a.Name, a.Email, HasLogin: false, EmailConfirmed: false, HasPassword: false, HasPasskey: false))];
    }

    /// <summary>
    /// The site admins' ids, locked until the act ends. Without the lock, two removals at once on PostgreSQL (READ
    /// COMMITTED) could each count two admins, each take away a different one, and leave none: their updates touch
    /// different rows, so neither would wait for the other. With FOR UPDATE the second waits for the first's locks;
    /// when the first commits, PostgreSQL checks the rows it waited for again, leaves out the one no longer an admin,
    /// and the second counts one and refuses. Locked in id order, so two removals never wait for each other in a circle.
    /// On SQLite the act already holds the database's only write lock (BEGIN IMMEDIATE), so no one can change them.
    /// </summary>
    private static async Task<List<Guid>> LockSiteAdminsAsync(CoproduceDbContext db, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql()
            ? await db.Database.SqlQuery<Guid>($"SELECT \"Id\" AS \"Value\" FROM \"People\" WHERE \"IsSiteAdmin\" ORDER BY \"Id\" FOR UPDATE")
                .ToListAsync(cancellationToken)
            : await db.People.Where(p => p.IsSiteAdmin).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);

    /// <summary>The login whose email address or user name (the web app makes them the same) is this address.</summary>
    private static Task<UserAccount?> FindLoginAsync(CoproduceDbContext db, string email, CancellationToken cancellationToken)
    {
        var normalized = Normalizer.NormalizeEmail(email);
        return db.Users.Where(u => u.NormalizedEmail == normalized || u.NormalizedUserName == normalized)
            .OrderBy(u => u.NormalizedEmail == normalized ? 0 : 1).ThenBy(u => u.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private static bool IsSignInAddress(string email) =>
        email.Length <= PeopleRules.MaximumEmailLength && PeopleRules.IsEmailAddress(email) && email.All(UserNameCharacters.Contains);

    private static IdentityOptions IdentityOptionsOfCoproduce()
    {
        var options = new IdentityOptions();
        AccountSettings.ConfigureIdentity(options);
        return options;
    }

    private static SiteAdminAdded Added(SiteAdminAddition what, Person person, UserAccount user) =>
        new(what, person.Id, user.Id, person.Profile.Name, user.Email!, person.Profile.Language, HasPassword: user.PasswordHash is not null);
}
