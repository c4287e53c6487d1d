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
/// </summary>
internal static class LedgerImportCommand
{
    public const string Usage = "ledger import FILE " + DatabaseArguments.Usage;

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
        var (options, problem) = DatabaseArguments.Parse(args[1..]);
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

        await using var services = new ServiceCollection().AddCoproduceCore(options, Directory.GetCurrentDirectory()).BuildServiceProvider();
        await DatabaseInitializer.InitializeAsync(services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>());
        var ledger = services.GetRequiredService<LedgerService>();

        using var reader = new StreamReader(file);
        string[]? header = null;
        int posted = 0, repeated = 0, refused = 0;
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
            if (reasons.Count > 0)
            {
                refused++;
                foreach (var reason in reasons)
                {
                    await output.WriteLineAsync($"line {line}: {reason}");
                }
            }
            else if (result!.AlreadyPosted)
            {
                repeated++;
            }
            else
            {
                posted++;
            }
        }

        if (header is null)
        {
            await error.WriteLineAsync($"'{file}' is empty: the first line must name the columns {string.Join(", ", RequiredColumns)}.");
            return 2;
        }

        await output.WriteLineAsync($"Transfers posted: {posted}; already posted: {repeated}; refused: {refused}.");
        return refused == 0 ? 0 : 1;
    }

    private static (TransferRequest? Request, IReadOnlyList<FieldError> Errors) ReadLine(string[] fields, string[] header)
    {
        string Field(string name)
        {
            var index = Array.IndexOf(header, name);
            return index >= 0 && index < fields.Length ? fields[index].Trim() : string.Empty;
        }

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
