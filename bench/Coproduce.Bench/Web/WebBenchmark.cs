using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Coproduce.Bench.Support;
using Coproduce.Core.Demo.Benchmark;

namespace Coproduce.Bench.Web;

/// <summary>
/// `web [--seconds S] [--connections N]`: starts the web app as its own process on 127.0.0.1 (Release build, SQLite in a
/// new empty temporary folder, so the app seeds its demo community) and puts a bounded load on its pages, beside a
/// static file served by the same server in the same run. The dashboard row signs in once as the demo coordinator, as a
/// browser would, and sends that sign-in cookie with every request. The load comes from this process on the same 2
/// cores, so the numbers are a floor, not the server's ceiling.
/// </summary>
internal static partial class WebBenchmark
{
    public const string Help = "web [--seconds S] [--connections N] [--data-folder DIR]   requests a second and latency for pages beside a static file, on 127.0.0.1";

    // The demo community's coordinator (Coproduce.Core.Demo.DemoCommunity): two organisations to coordinate, one
    // request waiting, so the dashboard does all its work.
    private const string CoordinatorEmail = "sian@coproduce.test";
    private const string DashboardPath = "/dashboard";

    // Only the dashboard's own heading; the sign-in page a lapsed cookie would lead to has another.
    private const string DashboardHeading = "<h1 class=\"govuk-heading-l\">Hello, ";

    private static readonly Target[] Targets =
    [
        new("static file (baseline)", "/js/app.mjs", SignedIn: false),
        new("home page, English", "/", SignedIn: false),
        new("home page, Welsh", "/cy", SignedIn: false),
        new("accessibility statement", "/accessibility", SignedIn: false),
        new("health (database query)", "/health", SignedIn: false),
        new("dashboard, signed in as a coordinator", DashboardPath, SignedIn: true, Expect: DashboardHeading),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 5);
        var connections = (int)Option(args, "--connections", 16);
        var repository = RepositoryRoot.Find();
        var webDll = Path.Combine(repository, "src", "Coproduce.Web", "bin", "Release", "net10.0", "Coproduce.Web.dll");
        if (!File.Exists(webDll))
        {
            Console.Error.WriteLine($"Build the web app first: dotnet build -c Release src/Coproduce.Web ({webDll} is missing).");
            return 2;
        }

        // A folder `coproduce seed` filled (100,000 members, 1,000,000 transfers) adds the rows of a big organisation;
        // without one, a new empty folder gets the demo community alone.
        var seeded = OptionText(args, "--data-folder");
        var dataFolder = seeded ?? Directory.CreateTempSubdirectory("coproduce-bench-web-").FullName;
        var port = FreePort();
        using var server = StartServer(webDll, Path.Combine(repository, "src", "Coproduce.Web"), dataFolder, port);
        try
        {
            // No redirects followed: a redirect (to sign-in, say) must count as an error, not as the page it leads to.
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false, AllowAutoRedirect = false })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            };
            await WaitUntilAnsweringAsync(client);
            var signInCookie = await SignInAsync(client, CoordinatorEmail, Coproduce.Core.Demo.DemoCommunity.Password);
            await CheckDashboardAsync(client, signInCookie);
            var targets = seeded is null ? Targets
                : [.. Targets, .. await BigOrganisation.TargetsAsync(client, signInCookie),
                    .. await BigOrganisation.MemberTargetsAsync(client, await SignInAsync(client, BenchmarkCommunity.FounderEmail, Coproduce.Core.Demo.DemoCommunity.Password))];

            Console.WriteLine(Invariant($"Web: {connections} connections from this process, {seconds:0.#} s per row after a 3 s warm-up of each, server in its own process (Release, SQLite)."));
            Console.WriteLine();
            Console.WriteLine("| what | path | requests/s | p50 ms | p95 ms | p99 ms | errors | server MB after |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(Invariant($"Server memory before the load: {ServerMegabytes(server):N0} MB (resident)."));
            // Warm the server's JIT on every path before measuring any, so the first row is not the slowest by accident.
            foreach (var target in targets)
            {
                await LoadRun.RunAsync(connections, TimeSpan.FromSeconds(3), (_, _) => GetAsync(client, target, signInCookie, null));
            }

            var failed = new List<string>();
            foreach (var target in targets)
            {
                var errors = new int[1];
                var result = await LoadRun.RunAsync(connections, TimeSpan.FromSeconds(seconds), (_, _) => GetAsync(client, target, signInCookie, errors));
                Console.WriteLine(Invariant($"| {target.Name} | `{target.Path}` | {result.PerSecond:N0} | {result.P50Milliseconds:0.00} | {result.P95Milliseconds:0.00} | {result.P99Milliseconds:0.00} | {errors[0]} | {ServerMegabytes(server):N0} |"));
                if (target.SignedIn && errors[0] > 0)
                {
                    failed.Add(Invariant($"{target.Path}: {errors[0]} of {result.Operations} responses were not a 200 with the page expected"));
                }
            }

            Console.WriteLine();
            Console.WriteLine(Invariant($"Signed-in rows sign in once as {CoordinatorEmail} (demo coordinator), or as {BenchmarkCommunity.FounderEmail} (a member since the first day) where they say so, and send that cookie with every request; each response is checked for the page expected."));
            foreach (var failure in failed)
            {
                Console.Error.WriteLine("FAILED: " + failure + ". The signed-in row does not measure its page.");
            }

            return failed.Count == 0 ? 0 : 1;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (seeded is null)
            {
                Directory.Delete(dataFolder, recursive: true);
            }
        }
    }

    private static async Task GetAsync(HttpClient client, Target target, string signInCookie, int[]? errors)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(target.Path, UriKind.Relative));
        if (target.SignedIn)
        {
            request.Headers.Add("Cookie", target.Cookie ?? signInCookie);
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        var ok = response.StatusCode == HttpStatusCode.OK;
        if (ok && target.Expect is not null)
        {
            ok = (await response.Content.ReadAsStringAsync()).Contains(target.Expect, StringComparison.Ordinal);
        }

        if (!ok && errors is not null)
        {
            Interlocked.Increment(ref errors[0]);
        }
    }

    /// <summary>
    /// Signs in as a browser would: reads the sign-in form for its antiforgery token and cookie, posts the email,
    /// password and token, and expects a redirect to the dashboard. Returns the sign-in cookie as a Cookie header value.
    /// </summary>
    private static async Task<string> SignInAsync(HttpClient client, string email, string password)
    {
        const string signInPath = "/account/sign-in";
        using var form = await client.GetAsync(new Uri(signInPath, UriKind.Relative));
        var html = await form.Content.ReadAsStringAsync();
        var token = AntiforgeryInput().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups["token"].Value)
            : throw new InvalidOperationException(Invariant($"GET {signInPath} answered {(int)form.StatusCode} without an antiforgery token in the form."));
        var antiforgeryCookie = CookiesSetBy(form, name => name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        if (antiforgeryCookie.Length == 0)
        {
            throw new InvalidOperationException(Invariant($"GET {signInPath} set no antiforgery cookie."));
        }

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(signInPath, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        using var signedIn = await client.SendAsync(post);
        var location = signedIn.Headers.Location?.OriginalString;
        // The sign-in cookie is "coproduce", or "coproduce" with "coproduceC1"... if ASP.NET Core ever splits it.
        var signInCookie = CookiesSetBy(signedIn, name => name.StartsWith("coproduce", StringComparison.Ordinal));
        // Siân reads Welsh, so she lands on the Welsh dashboard.
        if (signedIn.StatusCode != HttpStatusCode.Redirect || location is not (DashboardPath or "/cy" + DashboardPath) || signInCookie.Length == 0)
        {
            throw new InvalidOperationException(Invariant(
                $"Signing in as {email} answered {(int)signedIn.StatusCode} to '{location}' {(signInCookie.Length == 0 ? "without" : "with")} a sign-in cookie; expected 302 to {DashboardPath} with one."));
        }

        return signInCookie;
    }

    /// <summary>Fails before any load if the cookie does not give the coordinator's dashboard with its waiting request.</summary>
    private static async Task CheckDashboardAsync(HttpClient client, string signInCookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(DashboardPath, UriKind.Relative));
        request.Headers.Add("Cookie", signInCookie);
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !html.Contains(DashboardHeading, StringComparison.Ordinal) || !html.Contains(" waiting<", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(Invariant(
                $"GET {DashboardPath} with the sign-in cookie answered {(int)response.StatusCode} (to '{response.Headers.Location}') without the coordinator's dashboard and its waiting request."));
        }
    }

    /// <summary>The name=value pairs of the cookies a response sets, as one Cookie header value.</summary>
    private static string CookiesSetBy(HttpResponseMessage response, Func<string, bool> wanted) =>
        string.Join("; ", (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [])
            .Select(cookie => cookie.Split(';', 2)[0].Trim())
            .Where(pair => pair.Split('=', 2)[0] is var name && wanted(name)));

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"|<input[^>]*value=\"(?<token>[^\"]+)\"[^>]*name=\"__RequestVerificationToken\"")]
    private static partial Regex AntiforgeryInput();

    private static Process StartServer(string webDll, string contentRoot, string dataFolder, int port)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            webDll, "--contentRoot", contentRoot, "--urls", $"http://127.0.0.1:{port}",
            "--environment", "Production", "--Database:DataFolder", dataFolder, "--Logging:LogLevel:Default", "Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web app.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("server: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilAnsweringAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException("The web app did not answer /health within 60 s.");
            }

            await Task.Delay(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static double Option(string[] args, string name, double fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && double.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
    }

    private static string? OptionText(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>The server's resident memory, from /proc: flat across the rows means no request leaves memory behind.</summary>
    private static long ServerMegabytes(Process server)
    {
        var status = File.ReadAllLines($"/proc/{server.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return status is null ? 0 : long.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A page under load; a signed-in page's every response must contain <paramref name="Expect"/>.</summary>
    /// <summary>A row: a path, whether it is signed in, what its page must contain, and a sign-in cookie of its own if not the coordinator's.</summary>
    internal sealed record Target(string Name, string Path, bool SignedIn, string? Expect = null, string? Cookie = null);
}
