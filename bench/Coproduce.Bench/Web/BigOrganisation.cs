using System.Net;
using System.Text.RegularExpressions;
using Coproduce.Core.Demo.Benchmark;

namespace Coproduce.Bench.Web;

/// <summary>
/// The rows of a seeded big organisation, found the way a coordinator would find them: the timebank in the list of
/// organisations, a member past those waiting to join, that member's statement from their page.
/// </summary>
internal static partial class BigOrganisation
{
    public static async Task<WebBenchmark.Target[]> TargetsAsync(HttpClient client, string signInCookie)
    {
        var organisations = await GetAsync(client, "/organisations", signInCookie);
        var timebank = TimebankLink().Match(organisations) is { Success: true } found
            ? found.Groups["id"].Value
            : throw new InvalidOperationException($"No '{BenchmarkCommunity.TimebankName}' on /organisations: seed the folder with `coproduce seed` first.");
        var members = $"/organisations/{timebank}/members";
        // Those waiting to join come first (the seed leaves 2,000) and have no account yet: a page past them lists
        // members, and the first of those with a statement is the one measured.
        var pastTheWaiting = await GetAsync(client, members + "?page=60", signInCookie);
        string? member = null, statement = null;
        foreach (var link in MemberLink().Matches(pastTheWaiting).Select(m => m.Groups["path"].Value).Distinct().Take(60))
        {
            if (StatementLink().Match(await GetAsync(client, link, signInCookie)) is { Success: true } statementLink)
            {
                (member, statement) = (link, statementLink.Groups["path"].Value);
                break;
            }
        }

        if (member is null || statement is null)
        {
            throw new InvalidOperationException($"None of the members on page 60 of {members} has a statement.");
        }

        return
        [
            new("members of the big timebank, page 1", members, SignedIn: true, Expect: "govuk-pagination"),
            new("members of the big timebank, search", members + "?q=jones", SignedIn: true, Expect: "govuk-pagination"),
            new("a member's page", member, SignedIn: true, Expect: "/statement/"),
            new("a member's statement, newest page", statement, SignedIn: true, Expect: "app-statement"),
        ];
    }

    /// <summary>
    /// The rows of a member of the big timebank since its first day, signed in as them: their timebank page (balance
    /// and exchanges), their dashboard, the offers search, and their own statement (the first their dashboard links).
    /// </summary>
    public static async Task<WebBenchmark.Target[]> MemberTargetsAsync(HttpClient client, string memberCookie)
    {
        var dashboard = await GetAsync(client, "/dashboard", memberCookie);
        var timebank = TimebankPageLink().Match(dashboard) is { Success: true } found
            ? found.Groups["path"].Value
            : throw new InvalidOperationException($"{BenchmarkCommunity.FounderEmail}'s dashboard links no timebank: seed the folder again with this `coproduce seed`.");
        var statement = StatementLink().Match(dashboard) is { Success: true } link
            ? link.Groups["path"].Value
            : throw new InvalidOperationException($"The dashboard shows {BenchmarkCommunity.FounderEmail} no statement.");
        return
        [
            new("a member's dashboard", "/dashboard", SignedIn: true, Expect: timebank, Cookie: memberCookie),
            new("a member's timebank page: balance and exchanges", timebank, SignedIn: true, Expect: "id=\"balance\"", Cookie: memberCookie),
            new("offers and requests, searched by a member", timebank + "/posts?q=garden&kind=Offer", SignedIn: true, Expect: "govuk-pagination",
                Cookie: memberCookie),
            new("a member's own statement", statement, SignedIn: true, Expect: "app-statement", Cookie: memberCookie),
        ];
    }

    private static async Task<string> GetAsync(HttpClient client, string path, string signInCookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", signInCookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK
            ? await response.Content.ReadAsStringAsync()
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
    }

    [GeneratedRegex("href=\"/organisations/(?<id>[0-9a-f-]{36})\"[^>]*>\\s*" + BenchmarkCommunity.TimebankName + "\\s*<")]
    private static partial Regex TimebankLink();

    // The dashboard links each of the member's organisations; the big timebank is the one after its name.
    [GeneratedRegex("href=\"(?<path>/timebank/[0-9a-f-]{36})\"[^>]*>[^<]*<span class=\"govuk-visually-hidden\"> \\(" + BenchmarkCommunity.TimebankName + "\\)")]
    private static partial Regex TimebankPageLink();

    [GeneratedRegex("href=\"(?<path>/organisations/[0-9a-f-]{36}/members/[0-9a-f-]{36})\"")]
    private static partial Regex MemberLink();

    [GeneratedRegex("href=\"(?<path>/statement/[0-9a-f-]{36})\"")]
    private static partial Regex StatementLink();
}
