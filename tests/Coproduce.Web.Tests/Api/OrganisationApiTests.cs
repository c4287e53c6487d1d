using System.Net;
using System.Text;
using Coproduce.Core.Audit;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Web.Tests.Api;

public class OrganisationApiTests
{
    private static readonly Uri Members = new("/api/v1/organisation/members", UriKind.Relative);

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_token_shows_its_own_organisation_and_its_active_members_and_nothing_of_another(TestProvider provider)
    {
        await using var world = await ApiWorld.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        using var timebank = world.Client(world.TimebankToken.Secret);
        using var network = world.Client(world.NetworkToken.Secret);

        var organisation = await ApiResponses.JsonAsync(await timebank.GetAsync(new Uri("/api/v1/organisation", UriKind.Relative), ct));
        var timebankMembers = (await ApiResponses.JsonAsync(await timebank.GetAsync(Members, ct))).EnumerateArray().ToList();
        var networkMembers = (await ApiResponses.JsonAsync(await network.GetAsync(Members, ct))).EnumerateArray().ToList();

        Assert.Equal(world.Timebank, organisation.GetProperty("id").GetGuid());
        Assert.Equal("Garw Valley Timebank", organisation.GetProperty("name").GetString());
        Assert.Equal("Banc Amser Cwm Garw", organisation.GetProperty("nameWelsh").GetString());
        Assert.Equal("Timebank", organisation.GetProperty("kind").GetString());

        var edna = Assert.Single(timebankMembers, m => m.GetProperty("name").GetString() == "Edna Price");
        Assert.False(edna.GetProperty("hasLogin").GetBoolean());
        Assert.Equal("en", edna.GetProperty("preferredLanguage").GetString());
        Assert.Equal("Member", edna.GetProperty("role").GetString());
        var gareth = Assert.Single(timebankMembers, m => m.GetProperty("personId").GetGuid() == world.Gareth);
        Assert.True(gareth.GetProperty("hasLogin").GetBoolean());
        Assert.Equal("OrganisationAdmin", gareth.GetProperty("role").GetString());
        Assert.Equal("cy", Assert.Single(timebankMembers, m => m.GetProperty("name").GetString() == "Glyn Thomas")
            .GetProperty("preferredLanguage").GetString());
        // Owen has only asked to join: not a member yet.
        Assert.DoesNotContain(timebankMembers, m => m.GetProperty("name").GetString() == "Owen Davies");

        // The network's token sees the network's people (Megan, a member of both) and none of the timebank's own.
        Assert.Contains(networkMembers, m => m.GetProperty("name").GetString() == "Megan Price");
        Assert.DoesNotContain(networkMembers, m => m.GetProperty("name").GetString() == "Edna Price");
        // Helen is a commissioner of the council that commissions both: neither organisation's member.
        Assert.DoesNotContain(networkMembers, m => m.GetProperty("name").GetString() == "Helen Morgan");
        Assert.DoesNotContain(timebankMembers, m => m.GetProperty("name").GetString() == "Helen Morgan");
        var helen = world.PeopleByEmail["helen@coproduce.test"];
        await ApiResponses.ProblemAsync(await timebank.GetAsync(new Uri($"/api/v1/organisation/members/{helen}", UriKind.Relative), ct), 404);
        await ApiResponses.ProblemAsync(await network.GetAsync(new Uri($"/api/v1/organisation/members/{helen}", UriKind.Relative), ct), 404);
        Assert.Equal(HttpStatusCode.OK, (await network.GetAsync(new Uri($"/api/v1/organisation/members/{world.PeopleByEmail["megan@coproduce.test"]}", UriKind.Relative), ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Bad_input_gets_400_problem_details_with_field_errors_in_English_or_Welsh_and_saves_nothing(TestProvider provider)
    {
        await using var world = await ApiWorld.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        using var english = world.Client(world.TimebankToken.Secret);
        using var welsh = world.Client(world.TimebankToken.Secret, language: "cy");
        var countBefore = await CountPeopleAndAuditAsync(world);
        // The body fits the document, so Core's rules judge it, every field at once.
        const string bad = """{"name":"  ","language":"en","email":"not-an-email","consent":{"contactByPhone":true}}""";

        var inEnglish = await ApiResponses.ProblemAsync(await english.PostAsync(Members, Json(bad), ct), 400);
        var inWelsh = await ApiResponses.ProblemAsync(await welsh.PostAsync(Members, Json(bad), ct), 400);

        var errors = inEnglish.GetProperty("errors");
        Assert.Equal(["email", "name", "phone"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Enter a name", errors.GetProperty("name")[0].GetString());
        Assert.Equal("Rhowch enw", inWelsh.GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal("Mae angen cywiro rhai o'r manylion", inWelsh.GetProperty("title").GetString());
        Assert.NotEqual(errors.GetProperty("email")[0].GetString(), inWelsh.GetProperty("errors").GetProperty("email")[0].GetString());

        // Input that isn't even the right shape is bad input too: a named field, never a 500.
        var wrongType = await ApiResponses.ProblemAsync(
            await english.PostAsync(Members, Json("""{"name":"Edna","language":"en","consent":{"agreedOn":"last Tuesday"}}"""), ct), 400);
        Assert.True(wrongType.GetProperty("errors").TryGetProperty("consent.agreedOn", out _), wrongType.GetRawText());
        foreach (var body in new[] { "{not json", "null", "[1,2]", "" })
        {
            var problem = await ApiResponses.ProblemAsync(await english.PostAsync(Members, Json(body), ct), 400);
            Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _), problem.GetRawText());
        }

        await ApiResponses.ProblemAsync(
            await english.PostAsync(Members, new StringContent("name=Edna", Encoding.UTF8, "application/x-www-form-urlencoded"), ct), 400);
        Assert.Equal(countBefore, await CountPeopleAndAuditAsync(world));
    }

    [Fact]
    public async Task The_member_list_comes_a_page_of_people_at_a_time_with_the_total_and_a_link_to_the_next()
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        using var client = world.Client(world.TimebankToken.Secret);
        var seen = new List<Guid>();
        var next = "/api/v1/organisation/members?pageSize=2";

        while (next is not null)
        {
            using var response = await client.GetAsync(new Uri(next, UriKind.Relative), ct);
            var rows = (await ApiResponses.JsonAsync(response)).EnumerateArray().Select(r => r.GetProperty("personId").GetGuid()).Distinct().ToList();
            Assert.Equal("7", Assert.Single(response.Headers.GetValues("X-Total-Count")));
            Assert.True(rows.Count <= 2);
            seen.AddRange(rows);
            next = response.Headers.TryGetValues("Link", out var link)
                ? System.Text.RegularExpressions.Regex.Match(Assert.Single(link), "<([^>]+)>; rel=\"next\"").Groups[1].Value
                : null;
        }

        // Megan, Huw, Siân, Gareth, Edna, Glyn and Dilys, once each; Owen has only asked.
        Assert.Equal(7, seen.Distinct().Count());
        Assert.Equal(7, seen.Count);
        Assert.Empty((await ApiResponses.JsonAsync(await client.GetAsync(new Uri("/api/v1/organisation/members?page=99", UriKind.Relative), ct))).EnumerateArray());
        var notANumber = await ApiResponses.ProblemAsync(await client.GetAsync(new Uri("/api/v1/organisation/members?page=two", UriKind.Relative), ct), 400);
        var tooMany = await ApiResponses.ProblemAsync(await client.GetAsync(new Uri("/api/v1/organisation/members?pageSize=100000", UriKind.Relative), ct), 400);
        Assert.True(notANumber.GetProperty("errors").TryGetProperty("page", out _), notANumber.GetRawText());
        Assert.True(tooMany.GetProperty("errors").TryGetProperty("pageSize", out _), tooMany.GetRawText());
    }

    [Fact]
    public async Task A_NUL_a_direction_override_or_an_invisible_name_is_a_400_naming_the_field_and_saves_nothing()
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        using var english = world.Client(world.TimebankToken.Secret);
        using var welsh = world.Client(world.TimebankToken.Secret, language: "cy");
        var countBefore = await CountPeopleAndAuditAsync(world);

        var nul = await ApiResponses.ProblemAsync(await english.PostAsync(Members,
            Json("""{"name":"Edna\u0000Price","language":"en","address":"3 Oxford Street\u202E"}"""), ct), 400);
        var invisible = await ApiResponses.ProblemAsync(await welsh.PostAsync(Members,
            Json("""{"name":"\u200B\u2060\uFEFF","language":"cy"}"""), ct), 400);

        Assert.StartsWith("This answer has a hidden character", nul.GetProperty("errors").GetProperty("name")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("This answer has hidden characters", nul.GetProperty("errors").GetProperty("address")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Rhowch enw", invisible.GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal(countBefore, await CountPeopleAndAuditAsync(world));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_good_post_creates_a_member_without_a_login_recorded_by_the_token_creator_on_their_behalf(TestProvider provider)
    {
        await using var world = await ApiWorld.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        using var client = world.Client(world.TimebankToken.Secret);

        using var response = await client.PostAsync(Members, Json("""
            {"name":" Bethan Lloyd ","language":"cy","phone":"01656 870 333",
             "consent":{"contactByPhone":true,"agreedOn":"2026-03-01"}}
            """), ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await ApiResponses.JsonAsync(response);
        var id = created.GetProperty("personId").GetGuid();
        Assert.Equal("Bethan Lloyd", created.GetProperty("name").GetString());
        Assert.Equal($"/api/v1/organisation/members/{id}", response.Headers.Location?.OriginalString);
        var fetched = await ApiResponses.JsonAsync(await client.GetAsync(response.Headers.Location, ct));
        Assert.Equal("Member", Assert.Single(fetched.EnumerateArray()).GetProperty("role").GetString());

        Assert.False(await world.People.HasLoginAsync(id, ct));
        var person = await world.People.FindPersonAsync(id, ct);
        Assert.Equal(world.Gareth, person?.CreatedById);
        Assert.Equal("01656 870 333", person?.Profile.Phone);
        var history = await world.People.HistoryOfAsync(id, cancellationToken: ct);
        var made = Assert.Single(history, h => h.Entry.Action == AuditActions.PersonCreated);
        Assert.Equal(world.Gareth, made.Entry.ActorId);
        Assert.Equal(id, made.Entry.OnBehalfOfId);
        Assert.Equal(world.Timebank, made.Entry.OrganisationId);
        Assert.Equal("Gareth Evans", made.ActorName);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_suspended_organisations_token_still_reads_but_records_nothing_and_hears_why_in_its_language(TestProvider provider)
    {
        await using var world = await ApiWorld.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var organisations = world.App.Services.GetRequiredService<OrganisationService>();
        Assert.True((await organisations.SuspendAsync(world.PeopleByEmail["admin@coproduce.test"], world.Timebank, "Safeguarding review", ct)).Succeeded);
        using var english = world.Client(world.TimebankToken.Secret);
        using var welsh = world.Client(world.TimebankToken.Secret, language: "cy");
        var countBefore = await CountPeopleAndAuditAsync(world);
        const string member = """{"name":"Bethan Lloyd","language":"cy","phone":"01656 870 333"}""";

        var organisation = await ApiResponses.JsonAsync(await english.GetAsync(new Uri("/api/v1/organisation", UriKind.Relative), ct));
        var members = await english.GetAsync(Members, ct);
        var refused = await ApiResponses.ProblemAsync(await english.PostAsync(Members, Json(member), ct), 403);
        var refusedInWelsh = await ApiResponses.ProblemAsync(await welsh.PostAsync(Members, Json(member), ct), 403);

        Assert.Equal(("Suspended", "Bridgend"), (organisation.GetProperty("status").GetString(), organisation.GetProperty("area").GetString()));
        Assert.Equal(HttpStatusCode.OK, members.StatusCode);
        Assert.Equal("This organisation is suspended: nothing can be changed in it until a site admin reopens it",
            refused.GetProperty("detail").GetString());
        Assert.StartsWith("Mae'r sefydliad hwn wedi'i atal", refusedInWelsh.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(countBefore, await CountPeopleAndAuditAsync(world));
        using var networkClient = world.Client(world.NetworkToken.Secret);
        var network = await ApiResponses.JsonAsync(await networkClient.GetAsync(new Uri("/api/v1/organisation", UriKind.Relative), ct));
        Assert.Equal(("Active", "TimeCreditNetwork"), (network.GetProperty("status").GetString(), network.GetProperty("kind").GetString()));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<(int People, int Audit)> CountPeopleAndAuditAsync(ApiWorld world)
    {
        await using var db = await world.OpenContextAsync();
        return (await db.People.CountAsync(), await db.AuditEntries.CountAsync());
    }

}
