using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Cli.Ledger;

/// <summary>
/// `coproduce ledger import FILE`: posts the transfers in a CSV file (a coordinator's paper records typed up, another
/// system's export), in order, one line at a time. Each line's key makes a second import of the same file harmless.
/// Lines that are refused are reported with their line number and reason and change nothing; the rest are posted.
/// Exit 0 when every line stands in the ledger, 1 when any was refused, 2 when the file could not be read.
/// Progress goes to stderr every N lines and at least once a second; <c>--report FILE</c> writes each line's outcome to
/// a CSV file as it happens, so an operator can see what stands after an interruption.
/// </summary>
internal static class LedgerImportCommand
{
    public const string Usage = "ledger import FILE [--report FILE] [--progress-every N] " + DatabaseArguments.Usage;

    private const int DefaultProgressEvery = 1000;

    /// <summary>The columns, in any order: key, from, to, amount (e.g. 1:30), kind (e.g. award), description, occurred_at (optional).</summary>
    private static readonly string[] RequiredColumns = ["key", "from", "to", "amount", "kind", "description"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            await error.WriteLineAsync("Usage: coproduce " + Usage);
            return 2;
        }

        var file = args[0];
        var (report, progressEvery, databaseArguments, argumentProblem) = ReadOwnArguments(args[1..]);
        if (argumentProblem is not null)
        {
            await error.WriteLineAsync(argumentProblem);
            return 2;
        }

        var (options, problem) = DatabaseArguments.Parse(databaseArguments);
        if (options is null)
        {
            await error.WriteLineAsync(problem);
            return 2;
        }

        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"There is no file '{file}'.");
            return 2;
        }

        if (report is not null && string.Equals(Path.GetFullPath(report), Path.GetFullPath(file), StringComparison.Ordinal))
        {
            await error.WriteLineAsync($"The report can't be written over the file being imported ('{file}'): name another file.");
            return 2;
        }

        await using var services = new ServiceCollection().AddCoproduceCore(options, Directory.GetCurrentDirectory()).BuildServiceProvider();
        await DatabaseInitializer.InitializeAsync(services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>());
        var ledger = services.GetRequiredService<LedgerService>();

        using var reader = new StreamReader(file);
        await using var outcomes = report is null ? null : await ImportReport.CreateAsync(report, error);
        if (report is not null && outcomes is null)
        {
            return 2;
        }

        string[]? header = null;
        var progress = new ImportProgress(error, progressEvery);
        foreach (var (line, fields) in CsvRecords.Read(reader))
        {
            if (header is null)
            {
                header = [.. fields.Select(f => f.Trim().ToLowerInvariant())];
                var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
                if (missing.Count > 0)
                {
                    await error.WriteLineAsync($"'{file}' has no column {string.Join(", ", missing)}. The first line must name the columns {string.Join(", ", RequiredColumns)} (and optionally occurred_at).");
                    return 2;
                }

                continue;
            }

            if (fields is [""])
            {
                continue; // a blank line
            }

            var (request, errors) = ReadLine(fields, header);
            var result = request is null ? null : await ledger.PostAsync(request);
            var reasons = result?.Errors ?? errors;
            var key = Column(fields, header, "key");
            if (reasons.Count > 0)
            {
                progress.Refused++;
                foreach (var reason in reasons)
                {
                    await output.WriteLineAsync($"line {line}: {reason}");
                }

                await (outcomes?.WriteAsync(line, key, ImportReport.Refused, string.Join("; ", reasons)) ?? Task.CompletedTask);
            }
            else if (result!.AlreadyPosted)
            {
                progress.Repeated++;
                await (outcomes?.WriteAsync(line, key, ImportReport.AlreadyPosted, string.Empty) ?? Task.CompletedTask);
            }
            else
            {
                progress.Posted++;
                await (outcomes?.WriteAsync(line, key, ImportReport.Posted, string.Empty) ?? Task.CompletedTask);
            }

            await progress.LineDoneAsync();
        }

        if (header is null)
        {
            await error.WriteLineAsync($"'{file}' is empty: the first line must name the columns {string.Join(", ", RequiredColumns)}.");
            return 2;
        }

        await progress.WriteAsync();
        await output.WriteLineAsync($"Transfers posted: {progress.Posted}; already posted: {progress.Repeated}; refused: {progress.Refused}.");
        return progress.Refused == 0 ? 0 : 1;
    }

    // --report and --progress-every are this command's; the rest are the database's.
    private static (string? Report, int ProgressEvery, string[] Others, string? Problem) ReadOwnArguments(string[] args)
    {
        string? report = null;
        var every = DefaultProgressEvery;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--report" when value is not null && !value.StartsWith("--", StringComparison.Ordinal):
                    report = value;
                    i++;
                    break;
                case "--report":
                    return (null, every, [], "--report needs a file name, e.g. --report import-report.csv.");
                case "--progress-every" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    every = n;
                    i++;
                    break;
                case "--progress-every":
                    return (null, every, [], "--progress-every needs a whole number of lines above 0, e.g. --progress-every 500.");
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return (report, every, [.. rest], null);
    }

    private static string Column(string[] fields, string[] header, string name)
    {
        var index = Array.IndexOf(header, name);
        return index >= 0 && index < fields.Length ? fields[index].Trim() : string.Empty;
    }

    private static (TransferRequest? Request, IReadOnlyList<FieldError> Errors) ReadLine(string[] fields, string[] header)
    {
        string Field(string name) => Column(fields, header, name);

        var errors = new List<FieldError>();
        if (!Guid.TryParse(Field("from"), out var from))
        {
            errors.Add(new FieldError("from", "Ledger.UnknownAccount"));
        }

        if (!Guid.TryParse(Field("to"), out var to))
        {
            errors.Add(new FieldError("to", "Ledger.UnknownAccount"));
        }

        if (!Hours.TryParse(Field("amount"), "amount", out var amount, out var amountError))
        {
            errors.Add(amountError);
        }

        if (!Enum.TryParse<TransferKind>(Field("kind"), ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(Field("kind"), out _))
        {
            errors.Add(new FieldError("kind", "Ledger.KindUnknown"));
        }

        DateTimeOffset? occurredAt = null;
        var occurred = Field("occurred_at");
        if (occurred.Length > 0)
        {
            if (DateTimeOffset.TryParse(occurred, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                occurredAt = parsed;
            }
            else
            {
                errors.Add(new FieldError("occurred_at", "Ledger.DateUnreadable"));
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new TransferRequest
        {
            FromAccountId = from,
            ToAccountId = to,
            Amount = amount,
            Kind = kind,
            Description = Field("description"),
            IdempotencyKey = Field("key"),
            OccurredAt = occurredAt,
        }, []);
    }
}
