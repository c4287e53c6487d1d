using System.Data.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Cli.Ledger;

/// <summary>
/// `coproduce ledger check`: reads the ledger in one snapshot and says whether its invariants hold.
/// Exit 0 when sound, 1 with each breach when not, 2 when it could not check. It never writes.
/// </summary>
internal static class LedgerCheckCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var (options, problem) = DatabaseArguments.Parse(args);
        if (options is null)
        {
            await error.WriteLineAsync(problem);
            return 2;
        }

        var services = new ServiceCollection().AddCoproduceCore(options, Directory.GetCurrentDirectory());
        await using var provider = services.BuildServiceProvider();
        try
        {
            var breaches = await provider.GetRequiredService<LedgerInvariants>().CheckAsync();
            await using var db = await provider.GetRequiredService<IDbContextFactory<CoproduceDbContext>>().CreateDbContextAsync();
            var accounts = await db.LedgerAccounts.CountAsync();
            var transfers = await db.Transfers.CountAsync();
            if (breaches.Count == 0)
            {
                await output.WriteLineAsync($"The ledger is sound: {accounts} accounts, {transfers} transfers; the balances add up to zero and match their transfers.");
                return 0;
            }

            await output.WriteLineAsync($"The ledger has {breaches.Count} problem(s) across {accounts} accounts and {transfers} transfers:");
            foreach (var breach in breaches)
            {
                await output.WriteLineAsync("  - " + breach);
            }

            return 1;
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            await error.WriteLineAsync($"Could not read the ledger: {exception.Message}");
            return 2;
        }
    }
}
