using Coproduce.Cli.Admin;
using Coproduce.Cli.Schedule;
using Coproduce.Cli.Seed;

namespace Coproduce.Cli;

/// <summary>
/// The `coproduce` command's verbs. Each entry is "area verb", a one-line help text and the handler,
/// which receives the arguments after the verb and returns the process exit code. An entry with no verb ("seed")
/// is a command of one word: everything after it is its options.
/// </summary>
internal static class CommandTable
{
    private sealed record Command(string Area, string Verb, string Usage, Func<string[], TextWriter, TextWriter, Task<int>> Run);

    private static readonly Command[] Commands =
    [
        new("ledger", "check", "ledger check " + DatabaseArguments.Usage + "   check the ledger's invariants; exit 1 on any breach",
            Ledger.LedgerCheckCommand.RunAsync),
        new("ledger", "import", Ledger.LedgerImportCommand.Usage + "   post the transfers in a CSV file, reporting each refused line",
            Ledger.LedgerImportCommand.RunAsync),
        new("admin", "add", AdminAddCommand.Usage + "   make someone a site admin; a new login gets a link to choose a password",
            AdminAddCommand.RunAsync),
        new("admin", "list", AdminListCommand.Usage + "   list the site admins and whether each can sign in", AdminListCommand.RunAsync),
        new("admin", "remove", AdminRemoveCommand.Usage + "   take site admin away (never from the last one)", AdminRemoveCommand.RunAsync),
        new("seed", "", SeedCommand.Usage + "   make a big demo community for benchmarks (on top of the demo; refuses a real installation)",
            SeedCommand.RunAsync),
        new("schedule", "solve", ScheduleCommands.SolveUsage, ScheduleCommands.SolveAsync),
        new("schedule", "check", ScheduleCommands.CheckUsage, ScheduleCommands.CheckAsync),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0)
        {
            await WriteUsageAsync(error);
            return 2;
        }

        var command = Array.Find(Commands, c => c.Area == args[0] && (c.Verb.Length == 0 || (args.Length >= 2 && c.Verb == args[1])));
        if (command is null)
        {
            await error.WriteLineAsync($"Unknown command: {string.Join(' ', args.Take(2))}");
            await WriteUsageAsync(error);
            return 2;
        }

        return await command.Run(args[(command.Verb.Length == 0 ? 1 : 2)..], output, error);
    }

    private static async Task WriteUsageAsync(TextWriter error)
    {
        await error.WriteLineAsync("Usage: coproduce <area> <verb> [options]");
        foreach (var command in Commands)
        {
            await error.WriteLineAsync("  coproduce " + command.Usage);
        }
    }
}
