using Coproduce.Core.Audit;
using Coproduce.Core.Demo;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.People;

public class PeopleTests
{
    private static PersonProfile Profile(string name, string? email = null, string? phone = null) =>
        new(name, Language.Welsh, email, phone, null, null, ConsentChoices.None);

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_coordinator_creates_a_member_without_a_login_and_the_record_says_who(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (people, timebank, sian) = await SeedAsync(database);

        var created = await people.CreateMemberWithoutLoginAsync(sian, timebank,
            Profile("  Edna Price ", phone: "01656 870112") with { Consent = new ConsentChoices(false, true, false, new DateOnly(2026, 3, 1)) });

        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        var edna = created.Value;
        Assert.Equal("Edna Price", edna.Profile.Name);
        Assert.Equal(sian, edna.CreatedById);
        Assert.False(await people.HasLoginAsync(edna.Id));
        var members = await people.MembersPageAsync(timebank, search: null, page: 1, pageSize: 50);
        var row = Assert.Single(Assert.Single(members.Members, m => m.Person.Id == edna.Id).Memberships);
        Assert.Equal(MembershipStatus.Active, row.Status);
        Assert.Equal(sian, row.DecidedById);

        var history = await people.HistoryOfAsync(edna.Id);
        Assert.Contains(history, h => h.Entry.Action == AuditActions.PersonCreated && h.Entry.ActorId == sian && h.Entry.OnBehalfOfId == edna.Id);
        Assert.All(history, h => Assert.Equal("Siân Jones", h.ActorName));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Bad_input_and_missing_authority_are_refused_and_nothing_is_saved(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (people, timebank, sian) = await SeedAsync(database);
        var megan = (await people.CreateMemberWithoutLoginAsync(sian, timebank, Profile("Megan"))).Value!;
        await using var before = await database.OpenContextAsync();
        var peopleBefore = await before.People.CountAsync();

        var blank = await people.CreateMemberWithoutLoginAsync(sian, timebank,
            new PersonProfile(" ", Language.English, "not-an-email", "12", null, null, new ConsentChoices(true, false, false, new DateOnly(2099, 1, 1))));
        var notCoordinator = await people.CreateMemberWithoutLoginAsync(megan.Id, timebank, Profile("Glyn"));
        var unknownOrganisation = await people.CreateMemberWithoutLoginAsync(sian, Guid.NewGuid(), Profile("Glyn"));
        var someoneElse = await people.UpdateProfileAsync(megan.Id, sian, Profile("Changed"));

        Assert.Equal(["Name", "Email", "Phone", "ConsentAgreedOn"], blank.Errors.Select(e => e.Field));
        Assert.Equal("People.NotCoordinator", Assert.Single(notCoordinator.Errors).Code);
        Assert.Equal("People.UnknownOrganisation", Assert.Single(unknownOrganisation.Errors).Code);
        Assert.Equal("People.NotYourMember", Assert.Single(someoneElse.Errors).Code);
        Assert.Contains("Rhowch enw", blank.Errors[0].Message(LanguageCultures.Welsh), StringComparison.Ordinal);
        await using var after = await database.OpenContextAsync();
        Assert.Equal(peopleBefore, await after.People.CountAsync());
        Assert.Equal("Siân Jones", (await people.FindPersonAsync(sian))!.Profile.Name);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_coordinator_changes_only_active_members_and_never_the_email_of_someone_who_signs_in(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.True(await database.Services.GetRequiredService<DemoCommunity>().SeedIfEmptyAsync());
        var people = database.Services.GetRequiredService<PeopleService>();
        var byEmail = await DemoPeopleAsync(database);
        var (sian, megan, owen, admin) = (byEmail["sian@coproduce.test"], byEmail["megan@coproduce.test"], byEmail["owen@coproduce.test"],
            byEmail["admin@coproduce.test"]);
        await using (var db = await database.OpenContextAsync())
        {
            // The site admin asks to join the timebank too: a request is not membership, whoever makes it.
            var timebank = await db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync();
            Assert.True((await people.RequestToJoinAsync(admin, timebank)).Succeeded);
        }

        var audit = await CountAuditAsync(database);

        var owenOnlyAsked = await people.UpdateProfileAsync(sian, owen, Profile("Owen Changed", email: "owen@coproduce.test"));
        var adminOnlyAsked = await people.UpdateProfileAsync(sian, admin, Profile("Alex Changed", email: "admin@coproduce.test"));
        var megansSignInEmail = await people.UpdateProfileAsync(sian, megan, Profile("Megan Price", email: "sian-owns-this@example.com"));
        var megansEmailRemoved = await people.UpdateProfileAsync(sian, megan, Profile("Megan Price"));

        Assert.Equal("People.NotYourMember", Assert.Single(owenOnlyAsked.Errors).Code);
        Assert.Equal("People.NotYourMember", Assert.Single(adminOnlyAsked.Errors).Code);
        var emailError = Assert.Single(megansSignInEmail.Errors);
        Assert.Equal(("Email", "People.SignInEmailNotYours"), (emailError.Field, emailError.Code));
        Assert.Equal("People.SignInEmailNotYours", Assert.Single(megansEmailRemoved.Errors).Code);
        Assert.Contains("mewngofnodi", emailError.Message(LanguageCultures.Welsh), StringComparison.Ordinal);
        Assert.Equal("Owen Davies", (await people.FindPersonAsync(owen))!.Profile.Name);
        Assert.Equal("Alex Powell", (await people.FindPersonAsync(admin))!.Profile.Name);
        Assert.Equal("megan@coproduce.test", (await people.FindPersonAsync(megan))!.Profile.Email);
        Assert.Equal(audit, await CountAuditAsync(database));

        // The same email in another case is no change; the rest of the profile is still the coordinator's to keep.
        Assert.True((await people.UpdateProfileAsync(sian, megan, Profile("Megan Price-Jones", email: "MEGAN@coproduce.test"))).Succeeded);
        // Megan changes her own address herself.
        Assert.True((await people.UpdateProfileAsync(megan, megan, Profile("Megan Price-Jones", email: "megan.pj@example.com"))).Succeeded);
        Assert.Equal("megan.pj@example.com", (await people.FindPersonAsync(megan))!.Profile.Email);
        Assert.Equal(audit + 2, await CountAuditAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Invisible_and_control_characters_are_refused_by_the_service_and_nothing_is_stored(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (people, timebank, sian) = await SeedAsync(database);
        var edna = (await people.CreateMemberWithoutLoginAsync(sian, timebank, Profile("Edna Price"))).Value!;
        var audit = await CountAuditAsync(database);

        var nul = await people.CreateMemberWithoutLoginAsync(sian, timebank, Profile("Glyn\u0000Thomas"));
        var invisible = await people.CreateMemberWithoutLoginAsync(sian, timebank, Profile("\u200B\u200D\uFEFF"));
        var reversed = await people.UpdateProfileAsync(sian, edna.Id, Profile("Edna \u202Eecirp"));

        Assert.Equal("Text.ControlCharacterOneLine", Assert.Single(nul.Errors).Code);
        Assert.Equal("People.NameRequired", Assert.Single(invisible.Errors).Code);
        Assert.Equal("Text.DirectionControl", Assert.Single(reversed.Errors).Code);
        Assert.Equal("Edna Price", (await people.FindPersonAsync(edna.Id))!.Profile.Name);
        Assert.Equal(audit, await CountAuditAsync(database));
        await using var db = await database.OpenContextAsync();
        Assert.Equal(2, await db.People.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_same_name_and_phone_twice_is_refused_as_a_likely_duplicate_unless_the_coordinator_adds_anyway(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (people, timebank, sian) = await SeedAsync(database);
        var edna = (await people.CreateMemberWithoutLoginAsync(sian, timebank, Profile("Edna Price", phone: "01656 870112"))).Value!;
        var other = await CreateOrganisationAsync(database, "Garw Leisure Centre");
        var audit = await CountAuditAsync(database);

        var again = await people.CreateMemberWithoutLoginAsync(sian, timebank, Profile("  EDNA  price ", phone: "+44 1656 870-112"));
        var found = await people.FindLikelyDuplicatesAsync(timebank, Profile("Edna Price", phone: "01656870112"));

        Assert.Equal("People.LikelyDuplicate", Assert.Single(again.Errors).Code);
        Assert.Contains("beth bynnag", again.Errors[0].Message(LanguageCultures.Welsh), StringComparison.Ordinal);
        Assert.Equal(edna.Id, Assert.Single(found).Id);
        Assert.Equal(audit, await CountAuditAsync(database));
        // Another phone, or another organisation, is not a likely duplicate.
        Assert.Empty(await people.FindLikelyDuplicatesAsync(timebank, Profile("Edna Price", phone: "01656 870999")));
        Assert.Empty(await people.FindLikelyDuplicatesAsync(other, Profile("Edna Price", phone: "01656 870112")));

        var anyway = await people.CreateMemberWithoutLoginAsync(sian, timebank, Profile("Edna Price", phone: "01656 870112"), addLikelyDuplicate: true);
        Assert.True(anyway.Succeeded, string.Join("; ", anyway.Errors));
        Assert.Equal(2, (await people.FindLikelyDuplicatesAsync(timebank, Profile("Edna Price", phone: "01656 870112"))).Count);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_language_a_members_text_was_written_in_is_stored_and_kept_when_only_other_details_change(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (people, timebank, sian) = await SeedAsync(database);
        var edna = (await people.CreateMemberWithoutLoginAsync(sian, timebank,
            Profile("Edna Price") with { AccessibilityNeeds = "Large print", WrittenIn = Language.English })).Value!;

        Assert.Equal(Language.English, (await people.FindPersonAsync(edna.Id))!.Profile.WrittenIn);
        // Siân changes only the phone number, from a Welsh page: the needs are still in English.
        Assert.True((await people.UpdateProfileAsync(sian, edna.Id, Profile("Edna Price", phone: "01656 870112")
            with { AccessibilityNeeds = "Large print", WrittenIn = Language.Welsh })).Succeeded);
        Assert.Equal(Language.English, (await people.FindPersonAsync(edna.Id))!.Profile.WrittenIn);
        // She rewrites them in Welsh.
        Assert.True((await people.UpdateProfileAsync(sian, edna.Id, Profile("Edna Price", phone: "01656 870112")
            with { AccessibilityNeeds = "Print bras", WrittenIn = Language.Welsh })).Succeeded);
        Assert.Equal(Language.Welsh, (await people.FindPersonAsync(edna.Id))!.Profile.WrittenIn);
        // No text, no language of it.
        var glyn = (await people.CreateMemberWithoutLoginAsync(sian, timebank, Profile("Glyn Thomas") with { WrittenIn = Language.Welsh })).Value!;
        Assert.Null((await people.FindPersonAsync(glyn.Id))!.Profile.WrittenIn);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Joining_is_a_request_that_a_coordinator_decides_once(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (people, timebank, sian) = await SeedAsync(database);
        var owen = (await people.CreateMemberWithoutLoginAsync(sian, timebank, Profile("Owen"))).Value!;
        var other = await CreateOrganisationAsync(database, "Garw Leisure Centre");

        var request = await people.RequestToJoinAsync(owen.Id, other);
        var again = await people.RequestToJoinAsync(owen.Id, other);
        var refusedByMember = await people.DecideAsync(owen.Id, request.Value!.Id, approve: true);
        var sianIsNotTheirCoordinator = await people.DecideAsync(sian, request.Value.Id, approve: true);

        Assert.True(request.Succeeded);
        Assert.Equal("People.AlreadyRequested", Assert.Single(again.Errors).Code);
        Assert.Equal("People.NotCoordinator", Assert.Single(refusedByMember.Errors).Code);
        Assert.Equal("People.NotCoordinator", Assert.Single(sianIsNotTheirCoordinator.Errors).Code);

        var gareth = await AddPersonAsync(database, "Gareth", other, OrganisationRole.Coordinator);
        // Two coordinators' clicks at once: exactly one decision stands.
        var decisions = await Task.WhenAll(
            people.DecideAsync(gareth, request.Value.Id, approve: true),
            people.DecideAsync(gareth, request.Value.Id, approve: false));
        Assert.Single(decisions, d => d.Succeeded);
        var membership = Assert.Single(await people.MembershipsOfAsync(owen.Id), m => m.Organisation.Id == other).Membership;
        Assert.Equal(gareth, membership.DecidedById);
        Assert.NotEqual(MembershipStatus.Requested, membership.Status);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_demo_community_is_seeded_once_into_an_empty_database(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var demo = database.Services.GetRequiredService<DemoCommunity>();

        Assert.True(await demo.SeedIfEmptyAsync());
        Assert.False(await demo.SeedIfEmptyAsync());

        await using var db = await database.OpenContextAsync();
        // One sign-in per role, Owen (who has asked to join) and Huw (a second member, so two can exchange online).
        Assert.Equal(DemoCommunity.SignIns.Count + 2, await db.Users.CountAsync());
        Assert.True(await db.People.AllAsync(p => p.IsDemo));
        Assert.True(await db.Organisations.AllAsync(o => o.IsDemo));
        foreach (var role in Enum.GetValues<OrganisationRole>())
        {
            Assert.True(await db.Memberships.AnyAsync(m => m.Role == role && m.Status == MembershipStatus.Active), $"no demo {role}");
        }

        Assert.Empty(await database.Invariants.CheckAsync());
        Assert.True(await db.Transfers.CountAsync() >= 4);
    }

    private static async Task<Dictionary<string, Guid>> DemoPeopleAsync(TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        return await db.People.Where(p => p.Profile.Email != null).ToDictionaryAsync(p => p.Profile.Email!, p => p.Id);
    }

    private static async Task<int> CountAuditAsync(TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        return await db.AuditEntries.CountAsync();
    }

    private static async Task<(PeopleService People, Guid Timebank, Guid Sian)> SeedAsync(TestDatabase database)
    {
        var timebank = await CreateOrganisationAsync(database, "Garw Valley Timebank");
        var sian = await AddPersonAsync(database, "Siân Jones", timebank, OrganisationRole.Coordinator);
        return (database.Services.GetRequiredService<PeopleService>(), timebank, sian);
    }

    private static async Task<Guid> CreateOrganisationAsync(TestDatabase database, string name)
    {
        await using var db = await database.OpenContextAsync();
        var organisation = new Organisation(Guid.CreateVersion7(), new OrganisationDetails(OrganisationKind.Timebank, name, null, "Bridgend"),
            database.Clock.GetUtcNow(), createdById: null, isDemo: false);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    private static async Task<Guid> AddPersonAsync(TestDatabase database, string name, Guid organisation, OrganisationRole role)
    {
        await using var db = await database.OpenContextAsync();
        var now = database.Clock.GetUtcNow();
        var person = new Person(Guid.CreateVersion7(), Profile(name), now, null, false);
        var membership = new Membership(Guid.CreateVersion7(), person.Id, organisation, role, now, person.Id);
        membership.Approve(person.Id, now);
        db.People.Add(person);
        db.Memberships.Add(membership);
        await db.SaveChangesAsync();
        return person.Id;
    }
}
