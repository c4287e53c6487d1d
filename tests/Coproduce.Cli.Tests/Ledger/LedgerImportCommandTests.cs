using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Cli.Tests.Ledger;

public partial class LedgerImportCommandTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Imports_good_lines_reports_each_refused_line_by_number_and_can_be_run_again(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var pot = (await database.Ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.System, "Pot", null, null))).Value!;
        var megan = (await database.Ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.Member, "Megan", Guid.NewGuid()))).Value!;
        var file = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, $"""
            key,from,to,amount,kind,description,occurred_at
            slip-1,{pot.Id},{megan.Id},1:30,award,"Gardening, Bryn Road",2026-03-20T10:00:00Z
            slip-2,{megan.Id},{pot.Id},2,donation,Too much,
            slip-3,{pot.Id},{megan.Id},-1,award,Negative,
            slip-4,{pot.Id},not-an-id,1,award,Bad account,
            slip-5,{pot.Id},{megan.Id},1,gift,Unknown kind,
            slip-6,{pot.Id},{megan.Id},30m,award,Litter pick,yesterday-ish
            slip-1,{pot.Id},{megan.Id},1:30,award,"Gardening, Bryn Road",2026-03-20T10:00:00Z
            """);

        try
        {
            var (exitCode, output, _) = await CliRunner.RunAsync(["ledger", "import", file, .. CliRunner.DatabaseArguments(database.Options)]);

            Assert.Equal(1, exitCode);
            Assert.Contains("line 3: Amount: Megan does not have enough credits: 1 hour 30 minutes available", output, StringComparison.Ordinal);
            Assert.Contains("line 4: amount: The amount can't be negative", output, StringComparison.Ordinal);
            Assert.Contains("line 5: to: There is no account with that reference", output, StringComparison.Ordinal);
            Assert.Contains("line 6: kind: Choose the kind of transfer", output, StringComparison.Ordinal);
            Assert.Contains("line 7: occurred_at: Enter the date and time the activity happened", output, StringComparison.Ordinal);
            Assert.Contains("Transfers posted: 1; already posted: 1; refused: 5.", output, StringComparison.Ordinal);
            Assert.Equal(90, (await database.Ledger.FindAccountAsync(megan.Id))!.BalanceMinutes);

            var (_, again, _) = await CliRunner.RunAsync(["ledger", "import", file, .. CliRunner.DatabaseArguments(database.Options)]);
            Assert.Contains("Transfers posted: 0; already posted: 2; refused: 5.", again, StringComparison.Ordinal);
            Assert.Equal(90, (await database.Ledger.FindAccountAsync(megan.Id))!.BalanceMinutes);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Shows_progress_on_stderr_and_writes_each_lines_outcome_to_the_report(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var pot = (await database.Ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.System, "Pot", null, null))).Value!;
        var megan = (await database.Ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.Member, "Megan", Guid.NewGuid()))).Value!;
        var file = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.csv");
        var report = Path.ChangeExtension(file, ".report.csv");
        await File.WriteAllTextAsync(file, $""""
            key,from,to,amount,kind,description
            slip-1,{pot.Id},{megan.Id},1:30,award,"Gardening, Bryn Road"
            "slip-2, ""the big one""",{megan.Id},{pot.Id},5,donation,Too much

            slip-3,{pot.Id},not-an-id,1,gift,Two things wrong
            slip-1,{pot.Id},{megan.Id},1:30,award,"Gardening, Bryn Road"
            slip-4,{pot.Id},{megan.Id},30m,award,Litter pick
            """");

        try
        {
            string[] args = ["ledger", "import", file, "--report", report, "--progress-every", "2", .. CliRunner.DatabaseArguments(database.Options)];
            var (exitCode, output, error) = await CliRunner.RunAsync(args);

            Assert.Equal(1, exitCode);
            Assert.Contains("Lines read: 2; posted: 1; already posted: 0; refused: 1.", error, StringComparison.Ordinal);
            Assert.Contains("Lines read: 4; posted: 1; already posted: 1; refused: 2.", error, StringComparison.Ordinal);
            Assert.EndsWith("Lines read: 5; posted: 2; already posted: 1; refused: 2." + Environment.NewLine, error, StringComparison.Ordinal);
            Assert.Contains("line 3: Amount: Megan does not have enough credits", output, StringComparison.Ordinal);
            Assert.Equal(
                [
                    "line|key|outcome|reason",
                    "2|slip-1|posted|",
                    "3|slip-2, \"the big one\"|refused|Amount: Megan does not have enough credits: 1 hour 30 minutes available",
                    "5|slip-3|refused|to: There is no account with that reference; kind: Choose the kind of transfer",
                    "6|slip-1|already_posted|",
                    "7|slip-4|posted|",
                ],
                await ReportAsync(report));

            // Run again after an interruption, say: the report shows what now stands, and nothing is posted twice.
            var (_, again, _) = await CliRunner.RunAsync(args);
            Assert.Contains("Transfers posted: 0; already posted: 3; refused: 2.", again, StringComparison.Ordinal);
            Assert.Equal(["already_posted", "refused", "refused", "already_posted", "already_posted"],
                (await ReportAsync(report)).Skip(1).Select(r => r.Split('|')[2]));
            Assert.Equal(120, (await database.Ledger.FindAccountAsync(megan.Id))!.BalanceMinutes);
        }
        finally
        {
            File.Delete(file);
            File.Delete(report);
        }
    }

    [Theory]
    [InlineData("--report", "--report needs a file name")]
    [InlineData("--progress-every", "--progress-every needs a whole number of lines above 0")]
    [InlineData("--progress-every 0", "--progress-every needs a whole number of lines above 0")]
    [InlineData("--progress-every ten", "--progress-every needs a whole number of lines above 0")]
    [InlineData("--report SAME", "The report can't be written over the file being imported")]
    [InlineData("--report /nonexistent/folder/report.csv", "The report '/nonexistent/folder/report.csv' can't be written")]
    public async Task Bad_report_or_progress_arguments_get_a_clear_message_and_exit_2(string arguments, string message)
    {
        await using var database = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var file = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "key,from,to,amount,kind,description\n");
        try
        {
            var extra = arguments.Replace("SAME", file, StringComparison.Ordinal).Split(' ');
            var (exitCode, _, error) = await CliRunner.RunAsync(["ledger", "import", file, .. extra, .. CliRunner.DatabaseArguments(database.Options)]);

            Assert.Equal(2, exitCode);
            Assert.Contains(message, error, StringComparison.Ordinal);
            Assert.Equal("key,from,to,amount,kind,description\n", await File.ReadAllTextAsync(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    // The report's rows, each as its fields joined by '|', read back as a spreadsheet would.
    private static async Task<List<string>> ReportAsync(string path)
    {
        using var reader = new StringReader(await File.ReadAllTextAsync(path));
        return [.. CsvRecords.Read(reader).Where(r => r.Fields is not [""]).Select(r => string.Join('|', r.Fields))];
    }

    [Fact]
    public async Task A_file_without_the_columns_is_refused_whole()
    {
        await using var database = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var file = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "from,to,hours\n1,2,3\n");
        try
        {
            var (exitCode, _, error) = await CliRunner.RunAsync(["ledger", "import", file, .. CliRunner.DatabaseArguments(database.Options)]);
            Assert.Equal(2, exitCode);
            Assert.Contains("has no column key, amount, kind, description", error, StringComparison.Ordinal);

            var (missing, _, missingError) = await CliRunner.RunAsync(["ledger", "import", file + ".nope", .. CliRunner.DatabaseArguments(database.Options)]);
            Assert.Equal(2, missing);
            Assert.Contains("There is no file", missingError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Four `coproduce` processes import at once into the same database. Their files share some lines (the same key and
    /// content) and hold spends bound to be refused. Each shared line is posted by exactly one process; nothing is lost.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Several_processes_importing_at_once_never_lose_or_double_a_transfer(TestProvider provider)
    {
        const int Processes = 4;
        const int LinesPerFile = 400;
        await using var database = await TestDatabase.CreateAsync(provider);
        var issuer = (await database.Ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.System, "Issuer", null, null))).Value!;
        var members = new List<LedgerAccount>();
        for (var i = 0; i < 20; i++)
        {
            members.Add((await database.Ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.Member, $"Member {i}", Guid.NewGuid()))).Value!);
        }

        var shared = Enumerable.Range(0, 50).Select(i => Line($"shared-{i}", issuer.Id, members[i % members.Count].Id, 30)).ToList();
        var files = new List<string>();
        for (var p = 0; p < Processes; p++)
        {
            var random = new Random(p);
            var lines = new List<string>(shared);
            for (var i = 0; i < LinesPerFile; i++)
            {
                var from = random.Next(3) == 0 ? issuer : members[random.Next(members.Count)];
                var to = members[random.Next(members.Count)];
                if (to.Id != from.Id)
                {
                    lines.Add(Line($"p{p}-{i}", from.Id, to.Id, random.Next(1, 120)));
                }
            }

            var file = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.csv");
            await File.WriteAllTextAsync(file, "key,from,to,amount,kind,description\n" + string.Join('\n', lines.OrderBy(_ => random.Next())));
            files.Add(file);
        }

        try
        {
            var results = await Task.WhenAll(files.Select(f => RunProcessAsync(["ledger", "import", f, .. CliRunner.DatabaseArguments(database.Options)])));

            var summaries = results.Select(r => SummaryPattern().Match(r.Output)).ToList();
            Assert.All(summaries, s => Assert.True(s.Success));
            var posted = summaries.Sum(s => int.Parse(s.Groups["posted"].Value, CultureInfo.InvariantCulture));
            var repeated = summaries.Sum(s => int.Parse(s.Groups["repeated"].Value, CultureInfo.InvariantCulture));
            Assert.True(summaries.Sum(s => int.Parse(s.Groups["refused"].Value, CultureInfo.InvariantCulture)) > 0, "some spends should find no credit");

            await using var db = await database.OpenContextAsync();
            Assert.Equal(posted, await db.Transfers.CountAsync());
            Assert.Equal(shared.Count, await db.Transfers.CountAsync(t => t.IdempotencyKey.StartsWith("shared-")));
            Assert.Equal(shared.Count * (Processes - 1), repeated);
            Assert.Empty(await database.Invariants.CheckAsync());
        }
        finally
        {
            files.ForEach(File.Delete);
        }
    }

    private static string Line(string key, Guid from, Guid to, int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{key},{from},{to},{minutes}m,exchange,Import test {key}");

    /// <summary>Runs the real `coproduce` program, built beside this test assembly, as its own process.</summary>
    private static async Task<(int ExitCode, string Output)> RunProcessAsync(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "coproduce.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode is 0 or 1, $"coproduce exited {process.ExitCode}: {await error}");
        return (process.ExitCode, await output);
    }

    [GeneratedRegex(@"Transfers posted: (?<posted>\d+); already posted: (?<repeated>\d+); refused: (?<refused>\d+)\.")]
    private static partial Regex SummaryPattern();
}
