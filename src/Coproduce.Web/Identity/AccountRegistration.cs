using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.AspNetCore.Identity;

namespace Coproduce.Web.Identity;

/// <summary>
/// Creates a person and their login together. Identity's user store saves on the request's context, so the person is
/// added to that same context and the one SaveChanges inside <see cref="UserManager{TUser}.CreateAsync(TUser, string)"/>
/// stores both or neither. Kept here, beside Identity, so that no page touches the DbContext.
/// </summary>
public sealed class AccountRegistration(UserManager<UserAccount> users, CoproduceDbContext db, PeopleService people)
{
    /// <summary>The new login and its person, or Identity's reasons for refusing (a taken email, a weak password).</summary>
    /// <param name="checkedProfile">A profile the people service accepted.</param>
    /// <param name="email">The address to sign in with.</param>
    /// <param name="password">The password chosen.</param>
    /// <param name="emailConfirmed">
    /// Whether the address is known to be theirs already: true when they followed a link emailed to it (an
    /// invitation), so they are not asked to confirm it again.
    /// </param>
    public async Task<(UserAccount? User, Person? Person, IdentityResult Outcome)> RegisterAsync(PersonProfile checkedProfile, string email, string password,
        bool emailConfirmed = false)
    {
        var person = people.AddSelfRegistered(db, checkedProfile);
        var user = new UserAccount
        {
            Id = Guid.CreateVersion7(), PersonId = person.Id, UserName = email, Email = email, EmailConfirmed = emailConfirmed, LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            // Nothing was saved; forget the person too, so a second try on this request starts clean.
            db.ChangeTracker.Clear();
            return (null, null, created);
        }

        return (user, person, created);
    }
}
