using System.Text;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Api;

/// <summary>What the OpenAPI document promises about bodies, ids and methods, and the API keeping to it.</summary>
public class ApiContractTests
{
    private static readonly Uri Members = new("/api/v1/organisation/members", UriKind.Relative);

    [Fact]
    public async Task The_document_gives_the_create_member_body_its_required_fields_lengths_enum_and_statuses()
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        using var client = world.Client(secret: null);

        var document = await ApiResponses.JsonAsync(await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken));

        var paths = document.GetProperty("paths");
        var post = paths.GetProperty("/api/v1/organisation/members").GetProperty("post");
        var body = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Equal(["language", "name"], body.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        Assert.False(body.GetProperty("additionalProperties").GetBoolean());
        var properties = body.GetProperty("properties");
        Assert.Equal(PeopleRules.MaximumNameLength, properties.GetProperty("name").GetProperty("maxLength").GetInt32());
        Assert.Equal(PeopleRules.MaximumEmailLength, properties.GetProperty("email").GetProperty("maxLength").GetInt32());
        Assert.Equal(PeopleRules.MaximumPhoneLength, properties.GetProperty("phone").GetProperty("maxLength").GetInt32());
        Assert.Equal(PeopleRules.MaximumAddressLength, properties.GetProperty("address").GetProperty("maxLength").GetInt32());
        Assert.Equal(PeopleRules.MaximumNeedsLength, properties.GetProperty("accessibilityNeeds").GetProperty("maxLength").GetInt32());
        Assert.Equal(["en", "cy"], properties.GetProperty("language").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("string", properties.GetProperty("name").GetProperty("type").GetString());
        var consent = properties.GetProperty("consent");
        Assert.False(consent.TryGetProperty("required", out _));
        Assert.False(consent.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal("date", consent.GetProperty("properties").GetProperty("agreedOn").GetProperty("format").GetString());

        foreach (var status in new[] { "201", "400", "401", "403", "413", "429" })
        {
            Assert.True(post.GetProperty("responses").TryGetProperty(status, out _), $"POST members should list {status}");
        }

        foreach (var (path, statuses) in new[]
                 {
                     ("/api/v1/organisation", new[] { "200", "401", "404" }),
                     ("/api/v1/organisation/members", ["200", "400", "401"]),
                     ("/api/v1/organisation/members/{personId}", ["200", "401", "404"]),
                 })
        {
            var responses = paths.GetProperty(path).GetProperty("get").GetProperty("responses");
            Assert.Equal(statuses, responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
            foreach (var problem in responses.EnumerateObject().Where(r => r.Name != "200"))
            {
                Assert.True(problem.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{path} {problem.Name}");
            }
        }
    }

    [Theory]
    [InlineData("""{"Name":"Edna Price","language":"en"}""", "Name", "There is no field with this name; names are matched exactly, capital letters and all")]
    [InlineData("""{"name":"Edna Price","language":"en","nickname":"Ed"}""", "nickname", "There is no field with this name; names are matched exactly, capital letters and all")]
    [InlineData("""{"name":"Edna Price","language":"en","consent":{"ContactByPhone":true}}""", "consent.ContactByPhone", "There is no field with this name; names are matched exactly, capital letters and all")]
    [InlineData("""{"name":"Edna Price","language":"en","name":"Someone else"}""", "name", "This field is given more than once")]
    [InlineData("""{"language":"en"}""", "name", "Give this field a value")]
    [InlineData("""{"name":null,"language":"en"}""", "name", "Give this field a value")]
    [InlineData("""{"name":"Edna Price"}""", "language", "Give this field a value")]
    [InlineData("""{"name":"Edna Price","language":"EN"}""", "language", "This must be one of: en, cy")]
    [InlineData("""{"name":"Edna Price","language":" en"}""", "language", "This must be one of: en, cy")]
    [InlineData("""{"name":"Edna Price","language":"en","consent":{"contactByPhone":"yes"}}""", "consent.contactByPhone", "This value can't be read: check its type and format")]
    [InlineData("""{"name":"Edna Price","language":"en","consent":{"agreedOn":"2026-02-30"}}""", "consent.agreedOn", "This value can't be read: check its type and format")]
    [InlineData("""{"name":"Edna \ud800 Price","language":"en"}""", "name", "This value can't be read: check its type and format")]
    public async Task A_body_the_document_does_not_allow_is_refused_naming_the_field_and_saves_nothing(string body, string field, string message)
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        using var client = world.Client(world.TimebankToken.Secret);
        var before = await CountPeopleAsync(world);

        var problem = await ApiResponses.ProblemAsync(await client.PostAsync(Members, Json(body), TestContext.Current.CancellationToken), 400);

        Assert.Equal(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(before, await CountPeopleAsync(world));
    }

    [Fact]
    public async Task A_length_limit_counts_the_text_as_sent_spaces_and_all_and_messages_are_in_Welsh_too()
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        using var welsh = world.Client(world.TimebankToken.Secret, language: "cy");
        var padded = " " + new string('a', PeopleRules.MaximumNameLength) + " ";

        var problem = await ApiResponses.ProblemAsync(
            await welsh.PostAsync(Members, Json($$"""{"name":"{{padded}}","language":"en","Phone":"01656 870112"}"""), TestContext.Current.CancellationToken), 400);

        var errors = problem.GetProperty("errors");
        Assert.Equal($"Rhaid i hwn fod yn {PeopleRules.MaximumNameLength} nod neu lai", errors.GetProperty("name")[0].GetString());
        Assert.StartsWith("Does dim maes gyda'r enw hwn", errors.GetProperty("Phone")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=nonsense")]
    public async Task A_body_that_is_not_json_in_utf8_is_refused_as_a_whole(string contentType)
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        using var client = world.Client(world.TimebankToken.Secret);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"name":"Edna Price","language":"en"}"""));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var problem = await ApiResponses.ProblemAsync(await client.PostAsync(Members, content, TestContext.Current.CancellationToken), 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _), problem.GetRawText());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<int> CountPeopleAsync(ApiWorld world)
    {
        await using var db = await world.OpenContextAsync();
        return await db.People.CountAsync();
    }
}
