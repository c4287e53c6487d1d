using Coproduce.Core.Data;
using Coproduce.Core.People;

namespace Coproduce.Core.Tests.People;

/// <summary>Organisations and people made directly on a context, for the tests of roles, invitations, leaving and commissioning.</summary>
internal static class PeopleTestData
{
    public static Organisation AddOrganisation(CoproduceDbContext db, DateTimeOffset now, OrganisationKind kind, string name, string? welsh = null,
        string area = "Bridgend")
    {
        var organisation = new Organisation(Guid.CreateVersion7(), new OrganisationDetails(kind, name, welsh, area), now, createdById: null, isDemo: false);
        db.Organisations.Add(organisation);
        return organisation;
    }

    /// <summary>A person with the <paramref name="roles"/> approved, and a login at <paramref name="login"/> if given.</summary>
    public static Person AddPerson(CoproduceDbContext db, DateTimeOffset now, string name, Language language, string? email, string? login,
        params (Guid Organisation, OrganisationRole Role)[] roles)
    {
        var person = new Person(Guid.CreateVersion7(), new PersonProfile(name, language, email, null, null, null, ConsentChoices.None), now, null, false);
        db.People.Add(person);
        if (login is not null)
        {
            db.Users.Add(new UserAccount
            {
                Id = Guid.CreateVersion7(), PersonId = person.Id, UserName = login, NormalizedUserName = login.ToUpperInvariant(),
                Email = login, NormalizedEmail = login.ToUpperInvariant(),
            });
        }

        foreach (var (organisation, role) in roles)
        {
            var membership = new Membership(Guid.CreateVersion7(), person.Id, organisation, role, now, person.Id);
            membership.Approve(person.Id, now);
            db.Memberships.Add(membership);
        }

        return person;
    }

    /// <summary>"Siân Jones" is sian@example.org.</summary>
    public static string EmailOf(string name) => name.Split(' ')[0].ToLowerInvariant().Replace('â', 'a') + "@example.org";
}
