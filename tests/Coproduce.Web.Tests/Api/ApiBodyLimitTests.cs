using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Api;

/// <summary>
/// Bodies over the API's limit, declared by Content-Length or sent in chunks with no length, get a 413 problem in the
/// caller's language and change nothing; a body under the limit is read as usual.
/// </summary>
public class ApiBodyLimitTests
{
    private const int Limit = 64 * 1024;
    private static readonly Uri Members = new("/api/v1/organisation/members", UriKind.Relative);

    [Theory]
    [InlineData(Limit + 1, false)]
    [InlineData(Limit + 1, true)]
    // Over Kestrel's own 30 MB limit, declared: this was a 500 once. A chunked body that long takes the same path as the
    // chunked one above (the API stops reading at 64 KB, long before Kestrel's limit), and the client is still writing
    // when the server answers and closes, so whether it hears the 413 or a broken pipe is a race, not a finding.
    [InlineData((30 * 1024 * 1024) + 1, false)]
    public async Task A_body_over_the_limit_gets_413_in_the_callers_language_and_changes_nothing(int size, bool chunked)
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        using var english = world.Client(world.TimebankToken.Secret);
        using var welsh = world.Client(world.TimebankToken.Secret, language: "cy");
        var before = await CountPeopleAsync(world);

        using var response = await english.SendAsync(Post(size, chunked), ct);
        var problem = await ApiResponses.ProblemAsync(response, 413);
        using var inWelsh = await welsh.SendAsync(Post(size, chunked), ct);
        var welshProblem = await ApiResponses.ProblemAsync(inWelsh, 413);

        Assert.Equal("The request body is too large. Nothing was changed", problem.GetProperty("title").GetString());
        Assert.Equal("Send at most 64 KB", problem.GetProperty("detail").GetString());
        Assert.Equal("Mae corff y cais yn rhy fawr. Ni newidiwyd dim", welshProblem.GetProperty("title").GetString());
        Assert.Equal(before, await CountPeopleAsync(world));

        // The connection that was refused is closed; a new request on the same client is answered as usual.
        using var next = await english.GetAsync(Members, ct);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_just_under_the_limit_is_read(bool chunked)
    {
        await using var world = await ApiWorld.StartAsync(TestProvider.Sqlite);
        using var client = world.Client(world.TimebankToken.Secret);

        using var response = await client.PostAsync(Members, new MemberOfSize(Limit, chunked), TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    // A client sending many megabytes asks first (Expect: 100-continue, as curl does for large bodies), so it hears the
    // 413 instead of writing into a connection the server has closed; a small body is simply sent.
    private static HttpRequestMessage Post(int size, bool chunked)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Members) { Content = new MemberOfSize(size, chunked) };
        request.Headers.ExpectContinue = size > 1024 * 1024;
        return request;
    }

    private static async Task<int> CountPeopleAsync(ApiWorld world)
    {
        await using var db = await world.OpenContextAsync();
        return await db.People.CountAsync();
    }

    /// <summary>
    /// A good member padded with spaces to exactly <c>size</c> bytes, written in pieces as it is sent (so 30 MB is never
    /// held in memory); with no Content-Length when chunked.
    /// </summary>
    private sealed class MemberOfSize : HttpContent
    {
        private static readonly byte[] Start = Encoding.UTF8.GetBytes("{\"name\":\"Edna Price\",\"language\":\"en\"");
        private static readonly byte[] End = Encoding.UTF8.GetBytes("}");
        private readonly long size;
        private readonly bool chunked;

        public MemberOfSize(long size, bool chunked)
        {
            this.size = size;
            this.chunked = chunked;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Start);
            var spaces = new byte[64 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var left = size - Start.Length - End.Length; left > 0; left -= spaces.Length)
            {
                await stream.WriteAsync(spaces.AsMemory(0, (int)Math.Min(left, spaces.Length)));
            }

            await stream.WriteAsync(End);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = size;
            return !chunked;
        }
    }
}
