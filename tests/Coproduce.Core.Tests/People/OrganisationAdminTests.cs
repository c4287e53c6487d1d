using Coproduce.Core.Audit;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using static Coproduce.Core.Tests.People.OrganisationTestData;

namespace Coproduce.Core.Tests.People;

/// <summary>A site admin's organisations on both databases: create, the name rule, change, suspend, reopen, and who may.</summary>
public class OrganisationAdminTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_site_admin_creates_an_organisation_with_tidy_details_and_the_act_is_audited(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisations, admin, _) = await SeedAsync(database);

        var created = await organisations.CreateAsync(admin, new OrganisationDetails(OrganisationKind.PartnerVenue, "  Garw Leisure Centre ",
            " ", " Bridgend ", " hello@garwleisure.example ", "01656 870 111", "Pontycymer\nCF32 8AU", "Swimming and the gym.", "\u200B"));

        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        var centre = created.Value;
        Assert.Equal(("Garw Leisure Centre", null, "Bridgend", OrganisationKind.PartnerVenue), (centre.Name, centre.NameWelsh, centre.Area, centre.Kind));
        Assert.Equal(("hello@garwleisure.example", "01656 870 111", "Pontycymer\nCF32 8AU"), (centre.Email, centre.Phone, centre.Address));
        Assert.Equal(("Swimming and the gym.", (string?)null), (centre.Description, centre.DescriptionWelsh));
        Assert.Equal((OrganisationStatus.Active, admin, false), (centre.Status, centre.CreatedById, centre.IsDemo));

        await using var db = await database.OpenContextAsync();
        var saved = await db.Organisations.SingleAsync(o => o.Id == centre.Id);
        Assert.Equal("Garw Leisure Centre", saved.NameIn(Language.Welsh));
        Assert.Equal(Language.English, saved.LanguageOfNameIn(Language.Welsh));
        var audit = await db.AuditEntries.SingleAsync(e => e.SubjectId == centre.Id);
        Assert.Equal((AuditActions.OrganisationCreated, admin, centre.Id), (audit.Action, audit.ActorId, audit.OrganisationId));
        var history = Assert.Single(await organisations.HistoryAsync(centre.Id));
        Assert.Equal(("Alex Powell", AuditActions.OrganisationCreated), (history.ActorName, history.Entry.Action));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_name_taken_in_the_same_area_is_refused_in_either_language_and_any_case_but_is_free_in_another_area(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisations, admin, _) = await SeedAsync(database);
        Assert.True((await organisations.CreateAsync(admin, GarwTimebank())).Succeeded);

        var sameName = await organisations.CreateAsync(admin, GarwTimebank("GARW  valley TIMEBANK", welsh: null, area: "bridgend"));
        var welshAsEnglish = await organisations.CreateAsync(admin, GarwTimebank("Banc Âmser Cwm Garw", welsh: null));
        var welshAsWelsh = await organisations.CreateAsync(admin, GarwTimebank("Garw Timebank", welsh: "BANC AMSER CWM GARW"));
        var elsewhere = await organisations.CreateAsync(admin, GarwTimebank(area: "Denbighshire"));

        var english = Assert.Single(sameName.Errors);
        Assert.Equal(("Name", "Organisation.NameTaken"), (english.Field, english.Code));
        Assert.Equal("There is already an organisation called GARW  valley TIMEBANK in bridgend", english.Message(LanguageCultures.English));
        Assert.Equal("Name", Assert.Single(welshAsEnglish.Errors).Field);
        var welsh = Assert.Single(welshAsWelsh.Errors);
        Assert.Equal(("NameWelsh", "Organisation.NameTaken"), (welsh.Field, welsh.Code));
        Assert.Equal("Mae sefydliad o'r enw BANC AMSER CWM GARW yn yr ardal hon (Bridgend) yn barod", welsh.Message(LanguageCultures.Welsh));
        Assert.True(elsewhere.Succeeded, string.Join("; ", elsewhere.Errors));
        await using var db = await database.OpenContextAsync();
        Assert.Equal(2, await db.Organisations.CountAsync());
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.OrganisationCreated));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_change_keeps_the_organisations_own_name_refuses_anothers_and_frees_the_old_one(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisations, admin, _) = await SeedAsync(database);
        var timebank = (await organisations.CreateAsync(admin, GarwTimebank())).Value!;
        var centre = (await organisations.CreateAsync(admin, GarwTimebank("Garw Leisure Centre", "Canolfan Hamdden Garw"))).Value!;

        var ownName = await organisations.UpdateAsync(admin, timebank.Id, GarwTimebank("Garw valley timebank") with
        {
            Kind = OrganisationKind.TimeCreditNetwork,
            Description = "Now a time-credit network too.",
        });
        var anothers = await organisations.UpdateAsync(admin, timebank.Id, GarwTimebank("Canolfan Hamdden Garw", welsh: null));
        var moved = await organisations.UpdateAsync(admin, centre.Id, GarwTimebank("Garw Leisure Centre", "Canolfan Hamdden Garw", area: "Cardiff"));
        var freedName = await organisations.CreateAsync(admin, GarwTimebank("Canolfan Hamdden Garw", welsh: null));

        Assert.True(ownName.Succeeded, string.Join("; ", ownName.Errors));
        Assert.Equal(("Garw valley timebank", OrganisationKind.TimeCreditNetwork), (ownName.Value.Name, ownName.Value.Kind));
        Assert.Equal(("Name", "Organisation.NameTaken"), (Assert.Single(anothers.Errors).Field, anothers.Errors[0].Code));
        Assert.True(moved.Succeeded, string.Join("; ", moved.Errors));
        Assert.True(freedName.Succeeded, "the leisure centre left Bridgend, so its Welsh name is free there: " + string.Join("; ", freedName.Errors));
        await using var db = await database.OpenContextAsync();
        var saved = await db.Organisations.SingleAsync(o => o.Id == timebank.Id);
        Assert.Equal(("Garw valley timebank", "Now a time-credit network too."), (saved.Name, saved.Description));
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.OrganisationUpdated));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Suspending_needs_a_reason_and_reopening_clears_it_and_both_are_audited(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisations, admin, _) = await SeedAsync(database);
        var timebank = (await organisations.CreateAsync(admin, GarwTimebank())).Value!;

        var noReason = await organisations.SuspendAsync(admin, timebank.Id, " \u200B ");
        var suspendedAt = database.Clock.GetUtcNow();
        var suspended = await organisations.SuspendAsync(admin, timebank.Id, "  Its partnership agreement lapsed in March.\nAwaiting renewal. ");
        var twice = await organisations.SuspendAsync(admin, timebank.Id, "Again");

        Assert.Equal(("Reason", "Organisation.ReasonRequired"), (Assert.Single(noReason.Errors).Field, noReason.Errors[0].Code));
        Assert.True(suspended.Succeeded, string.Join("; ", suspended.Errors));
        Assert.Equal(OrganisationStatus.Suspended, suspended.Value.Status);
        Assert.Equal("Its partnership agreement lapsed in March.\nAwaiting renewal.", suspended.Value.SuspensionReason);
        Assert.Equal(admin, suspended.Value.SuspendedById);
        Assert.True(suspended.Value.SuspendedAt >= suspendedAt);
        Assert.Equal("Organisation.AlreadySuspended", Assert.Single(twice.Errors).Code);

        var reopened = await organisations.ReopenAsync(admin, timebank.Id);
        var reopenedTwice = await organisations.ReopenAsync(admin, timebank.Id);

        Assert.True(reopened.Succeeded, string.Join("; ", reopened.Errors));
        Assert.Equal((OrganisationStatus.Active, (DateTimeOffset?)null, (string?)null, (Guid?)null),
            (reopened.Value.Status, reopened.Value.SuspendedAt, reopened.Value.SuspensionReason, reopened.Value.SuspendedById));
        Assert.Equal("Organisation.NotSuspended", Assert.Single(reopenedTwice.Errors).Code);
        Assert.Equal([AuditActions.OrganisationReopened, AuditActions.OrganisationSuspended, AuditActions.OrganisationCreated],
            (await organisations.HistoryAsync(timebank.Id)).Select(h => h.Entry.Action));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Only_a_site_admin_may_create_change_suspend_or_reopen_and_a_refusal_changes_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisations, admin, gareth) = await SeedAsync(database);
        var timebank = (await organisations.CreateAsync(admin, GarwTimebank())).Value!;
        await using var before = await database.OpenContextAsync();
        var auditBefore = await before.AuditEntries.CountAsync();

        var refusals = new[]
        {
            await organisations.CreateAsync(gareth, GarwTimebank("Gareth's Own Timebank")),
            await organisations.UpdateAsync(gareth, timebank.Id, GarwTimebank("Renamed by Gareth")),
            await organisations.SuspendAsync(gareth, timebank.Id, "Because I can"),
            await organisations.ReopenAsync(gareth, timebank.Id),
            await organisations.CreateAsync(Guid.NewGuid(), GarwTimebank("Nobody's Timebank")),
        };
        var unknown = await organisations.SuspendAsync(admin, Guid.NewGuid(), "A reason");

        Assert.All(refusals, r => Assert.Equal("Organisation.NotSiteAdmin", Assert.Single(r.Errors).Code));
        Assert.Equal("Dim ond gweinyddwr y safle all greu neu newid sefydliadau", refusals[0].Errors[0].Message(LanguageCultures.Welsh));
        Assert.Equal("People.UnknownOrganisation", Assert.Single(unknown.Errors).Code);
        await using var after = await database.OpenContextAsync();
        var saved = await after.Organisations.SingleAsync();
        Assert.Equal(("Garw Valley Timebank", OrganisationStatus.Active), (saved.Name, saved.Status));
        Assert.Equal(auditBefore, await after.AuditEntries.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Bad_details_give_every_field_error_in_the_persons_language_and_save_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisations, admin, _) = await SeedAsync(database);
        var timebank = (await organisations.CreateAsync(admin, GarwTimebank())).Value!;

        var created = await organisations.CreateAsync(admin, new OrganisationDetails((OrganisationKind)2, "\u200B\u2060", new string('a', 151),
            " ", "not-an-email", "12", null, "Hidden\u202Eturn", new string('b', 2001)));
        var updated = await organisations.UpdateAsync(admin, timebank.Id, GarwTimebank() with { Email = "two@ats@example.org", Phone = "01656\u0007870000" });

        Assert.Equal(["Kind", "Name", "NameWelsh", "Area", "Email", "Phone", "Description", "DescriptionWelsh"], created.Errors.Select(e => e.Field));
        Assert.Equal("Dewiswch pa fath o sefydliad ydyw", created.Errors[0].Message(LanguageCultures.Welsh));
        Assert.Equal("Rhowch enw'r sefydliad yn Saesneg", created.Errors[1].Message(LanguageCultures.Welsh));
        Assert.Equal("The name in Welsh must be 150 characters or fewer", created.Errors[2].Message(LanguageCultures.English));
        Assert.Equal("Text.DirectionControl", created.Errors[6].Code);
        Assert.Equal(["Email", "Phone"], updated.Errors.Select(e => e.Field));
        Assert.Equal("Text.ControlCharacterOneLine", updated.Errors[1].Code);
        await using var db = await database.OpenContextAsync();
        var saved = await db.Organisations.SingleAsync();
        Assert.Null(saved.Email);
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.SubjectId == timebank.Id));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_list_comes_a_page_at_a_time_in_name_order_and_searches_either_name_and_the_area(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisations, admin, _) = await SeedAsync(database);
        foreach (var details in new[]
        {
            GarwTimebank(),
            GarwTimebank("bridgend Time Credits", "Credydau Amser Pen-y-bont") with { Kind = OrganisationKind.TimeCreditNetwork },
            GarwTimebank("Vale Evening Rider", "Taith Nos y Dyffryn", "Denbighshire") with { Kind = OrganisationKind.TransportService },
            GarwTimebank("Ávalon Community Group", null, "Cardiff") with { Kind = OrganisationKind.CommunityGroup },
            GarwTimebank("Wales Co-production Network", "Rhwydwaith Cydgynhyrchu Cymru", "Wales") with { Kind = OrganisationKind.PractitionersNetwork },
        })
        {
            Assert.True((await organisations.CreateAsync(admin, details)).Succeeded);
        }

        var first = await organisations.PageAsync(search: null, page: 1, pageSize: 2);
        var last = await organisations.PageAsync(search: null, page: 99, pageSize: 2);
        var welshOrder = await organisations.PageAsync(search: null, page: 1, pageSize: 5, Language.Welsh);

        Assert.Equal((5, 3, 1), (first.Total, first.PageCount, first.Page));
        // Folded, so the lower-case and accented names sort where a reader expects them.
        Assert.Equal(["Ávalon Community Group", "bridgend Time Credits"], first.Organisations.Select(o => o.Name));
        Assert.Equal((3, "Wales Co-production Network"), (last.Page, Assert.Single(last.Organisations).Name));
        Assert.Equal(["Ávalon Community Group", "Banc Amser Cwm Garw", "Credydau Amser Pen-y-bont", "Rhwydwaith Cydgynhyrchu Cymru",
            "Taith Nos y Dyffryn"], welshOrder.Organisations.Select(o => o.NameIn(Language.Welsh)));
        Assert.Equal(["Garw Valley Timebank"], (await organisations.PageAsync("  CWM garw ", 1, 10)).Organisations.Select(o => o.Name));
        Assert.Equal(["Vale Evening Rider"], (await organisations.PageAsync("denbigh", 1, 10)).Organisations.Select(o => o.Name));
        Assert.Equal(["Ávalon Community Group"], (await organisations.PageAsync("AVALON", 1, 10)).Organisations.Select(o => o.Name));
        Assert.Equal(2, (await organisations.PageAsync("bridgend", 1, 10)).Total);
        Assert.Equal(0, (await organisations.PageAsync("%", 1, 10)).Total);
        Assert.Equal(OrganisationService.MaximumPageSize, (await organisations.PageAsync(null, 1, 10_000)).PageSize);
    }
}
