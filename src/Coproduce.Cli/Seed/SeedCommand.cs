using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Coproduce.Core.Data;
using Coproduce.Core.Demo.Benchmark;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Cli.Seed;

/// <summary>
/// `coproduce seed --members N --transfers N`: makes the big benchmark community (see <see cref="BenchmarkCommunity"/>)
/// on top of the demo community, seeding the demo first when the database is empty. Progress goes to stderr.
/// Exit 0 when seeded, 1 when the database is refused (a real installation, or seeded already), 2 for bad arguments or
/// a database that can't be reached. Bad arguments are found before the database is touched.
/// </summary>
internal static class SeedCommand
{
    public const string Usage = SeedArguments.Usage;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var (size, databaseArguments, argumentProblem) = SeedArguments.Parse(args);
        if (size is null)
        {
            await error.WriteLineAsync(argumentProblem);
            await error.WriteLineAsync("Usage: coproduce " + Usage);
            return 2;
        }

        var (options, problem) = DatabaseArguments.Parse(databaseArguments, mayCreate: true);
        if (options is null)
        {
            await error.WriteLineAsync(problem);
            return 2;
        }

        await using var services = new ServiceCollection()
            .AddCoproduceCore(options, Directory.GetCurrentDirectory())
            .AddBenchmarkCommunity()
            .BuildServiceProvider();
        var timer = Stopwatch.StartNew();
        BenchmarkSeedResult result;
        try
        {
            await DatabaseInitializer.InitializeAsync(services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>());
            result = await services.GetRequiredService<BenchmarkCommunity>().SeedAsync(size, new LineProgress(error));
        }
        catch (Exception exception) when (exception is DbException or TimeoutException)
        {
            await error.WriteLineAsync($"Could not seed the database: {exception.Message}");
            return 2;
        }

        if (result.Refusal is { } refusal)
        {
            await error.WriteLineAsync(Explain(refusal));
            return 1;
        }

        var report = result.Report!;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Seeded in {timer.Elapsed:hh\\:mm\\:ss}: {report.Organisations} organisations, {report.People:N0} people ({report.Logins} with a login, "
            + $"password as the demo's), {report.ActiveMemberships:N0} active memberships, {report.RequestedMemberships:N0} waiting requests, "
            + $"{report.Accounts:N0} accounts, {report.Transfers:N0} transfers."));
        return 0;
    }

    private static string Explain(BenchmarkSeedRefusal refusal) => refusal switch
    {
        BenchmarkSeedRefusal.RealInstallation =>
            "This database holds people or organisations that are not demo data: it looks like a real installation, so nothing was seeded. Seed an empty database (a new --data-folder) instead.",
        BenchmarkSeedRefusal.DemoSignInsMissing =>
            "This database has demo data but not the demo's sign-ins (sian@, gareth@ and megan@coproduce.test), so nothing was seeded. Seed an empty database instead.",
        BenchmarkSeedRefusal.AlreadySeeded =>
            $"This database has the benchmark community already ({BenchmarkCommunity.TimebankName}), so nothing was seeded. To seed another size, start from an empty database.",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };

    /// <summary>Writes each progress line as it comes: <see cref="Progress{T}"/> would post them to the thread pool, out of order.</summary>
    private sealed class LineProgress(TextWriter error) : IProgress<string>
    {
        public void Report(string value) => error.WriteLine(value);
    }
}
