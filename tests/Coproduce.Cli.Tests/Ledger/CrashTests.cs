using System.Diagnostics;
using System.Globalization;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Cli.Tests.Ledger;

/// <summary>
/// A process posting transfers is killed outright, mid-import, as a crash or a power-pulled server would stop it.
/// Afterwards the ledger's invariants hold, every transfer it had reported posted is there, and importing the file
/// again posts the rest without doubling any.
/// </summary>
public class CrashTests
{
    private const int Lines = 20_000;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_killed_import_leaves_a_sound_ledger_with_every_reported_post_in_it(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var pot = (await database.Ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.System, "Pot", null, null))).Value!;
        var member = (await database.Ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.Member, "Glenys", Guid.NewGuid()))).Value!;
        var folder = Directory.CreateTempSubdirectory("coproduce-crash-").FullName;
        var file = Path.Combine(folder, "slips.csv");
        var report = Path.Combine(folder, "report.csv");
        await File.WriteAllLinesAsync(file, ["key,from,to,amount,kind,description",
            .. Enumerable.Range(1, Lines).Select(i => string.Create(CultureInfo.InvariantCulture, $"slip-{i},{pot.Id},{member.Id},1m,award,Litter pick {i}"))],
            TestContext.Current.CancellationToken);

        try
        {
            using (var import = StartImport(file, report, database))
            {
                // Wait until a few hundred posts have been reported, then kill the process where it stands.
                var reported = await WaitForPostedAsync(report, atLeast: 300, import);
                import.Kill(entireProcessTree: true);
                await import.WaitForExitAsync(TestContext.Current.CancellationToken);
                Assert.True(reported < Lines, "the import was killed before it finished");
            }

            var posted = await PostedKeysAsync(report);
            await using (var db = await database.OpenContextAsync())
            {
                var stored = (await db.Transfers.Select(t => t.IdempotencyKey).ToListAsync(TestContext.Current.CancellationToken)).ToHashSet();
                Assert.All(posted, key => Assert.Contains(key, stored));
                Assert.Equal(stored.Count, (await database.Ledger.FindAccountAsync(member.Id))!.BalanceMinutes);
            }

            Assert.Empty(await database.Invariants.CheckAsync(TestContext.Current.CancellationToken));

            var (exitCode, output, _) = await CliRunner.RunAsync(["ledger", "import", file, .. CliRunner.DatabaseArguments(database.Options)]);
            Assert.Equal(0, exitCode);
            Assert.Contains("refused: 0.", output, StringComparison.Ordinal);
            Assert.Equal(Lines, (await database.Ledger.FindAccountAsync(member.Id))!.BalanceMinutes);
            Assert.Empty(await database.Invariants.CheckAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The real `coproduce` program, built beside this test assembly, as a process of its own.</summary>
    private static Process StartImport(string file, string report, TestDatabase database)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "coproduce.dll"), "ledger", "import", file,
            "--report", report, .. CliRunner.DatabaseArguments(database.Options)])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        // Read what it prints, so a full pipe never holds it up.
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    private static async Task<int> WaitForPostedAsync(string report, int atLeast, Process import)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(import.HasExited, "the import ended on its own before it could be killed");
            var posted = (await PostedKeysAsync(report)).Count;
            if (posted >= atLeast)
            {
                return posted;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The import reported fewer than {atLeast} posts in two minutes.");
    }

    /// <summary>The keys the report says were posted; a last row cut short by the kill is not counted.</summary>
    private static async Task<List<string>> PostedKeysAsync(string report)
    {
        if (!File.Exists(report))
        {
            return [];
        }

        string text;
        await using (var stream = new FileStream(report, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var reader = new StreamReader(stream))
        {
            text = await reader.ReadToEndAsync();
        }

        return [.. text.Split('\n').Where(row => row.EndsWith(",posted,", StringComparison.Ordinal)).Select(row => row.Split(',')[1])];
    }
}
