using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Coproduce.Bench.Support;

namespace Coproduce.Bench.Web;

/// <summary>
/// `web [--seconds S] [--connections N]`: starts the web app as its own process on 127.0.0.1 (Release build, SQLite in a
/// temporary folder) and puts a bounded load on its pages, beside a static file served by the same server in the same
/// run. The load comes from this process on the same 2 cores, so the numbers are a floor, not the server's ceiling.
/// </summary>
internal static class WebBenchmark
{
    public const string Help = "web [--seconds S] [--connections N]   requests a second and latency for pages beside a static file, on 127.0.0.1";

    private static readonly (string Name, string Path)[] Targets =
    [
        ("static file (baseline)", "/js/app.mjs"),
        ("home page, English", "/"),
        ("home page, Welsh", "/cy"),
        ("accessibility statement", "/accessibility"),
        ("health (database query)", "/health"),
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

        var dataFolder = Directory.CreateTempSubdirectory("coproduce-bench-web-").FullName;
        var port = FreePort();
        using var server = StartServer(webDll, Path.Combine(repository, "src", "Coproduce.Web"), dataFolder, port);
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            };
            await WaitUntilAnsweringAsync(client);

            Console.WriteLine(Invariant($"Web: {connections} connections from this process, {seconds:0.#} s per row after a 3 s warm-up of each, server in its own process (Release, SQLite)."));
            Console.WriteLine();
            Console.WriteLine("| what | path | requests/s | p50 ms | p95 ms | p99 ms | errors |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
            // Warm the server's JIT on every path before measuring any, so the first row is not the slowest by accident.
            foreach (var (_, path) in Targets)
            {
                await LoadRun.RunAsync(connections, TimeSpan.FromSeconds(3), (_, _) => GetAsync(client, path, null));
            }

            foreach (var (name, path) in Targets)
            {
                var errors = new int[1];
                var result = await LoadRun.RunAsync(connections, TimeSpan.FromSeconds(seconds), (_, _) => GetAsync(client, path, errors));
                Console.WriteLine(Invariant($"| {name} | `{path}` | {result.PerSecond:N0} | {result.P50Milliseconds:0.00} | {result.P95Milliseconds:0.00} | {result.P99Milliseconds:0.00} | {errors[0]} |"));
            }

            Console.WriteLine();
            Console.WriteLine("A signed-in dashboard is not measured yet: sign-in arrives with the Web platform's accounts.");
            return 0;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static async Task GetAsync(HttpClient client, string path, int[]? errors)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
        if (response.StatusCode != HttpStatusCode.OK && errors is not null)
        {
            Interlocked.Increment(ref errors[0]);
        }
    }

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

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
