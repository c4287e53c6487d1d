using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Cli.Tests.Ledger;

public class LedgerCheckCommandTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_sound_ledger_passes_and_a_broken_one_exits_1_saying_what_is_wrong(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var pot = (await database.Ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.System, "Pot", null, null))).Value!;
        var member = (await database.Ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.Member, "Ffion", Guid.NewGuid()))).Value!;
        await database.Ledger.PostAsync(new TransferRequest
        {
            FromAccountId = pot.Id,
            ToAccountId = member.Id,
            Amount = Hours.FromHours(2),
            Kind = TransferKind.Award,
            Description = "Litter pick",
            IdempotencyKey = "cli-1",
        });

        var (sound, soundOutput, _) = await CliRunner.RunAsync(["ledger", "check", .. CliRunner.DatabaseArguments(database.Options)]);
        Assert.Equal(0, sound);
        Assert.Contains("The ledger is sound: 2 accounts, 1 transfers", soundOutput, StringComparison.Ordinal);

        await using (var db = await database.OpenContextAsync())
        {
            await db.LedgerAccounts.Where(a => a.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.BalanceMinutes, 100));
        }

        var (broken, brokenOutput, _) = await CliRunner.RunAsync(["ledger", "check", .. CliRunner.DatabaseArguments(database.Options)]);
        Assert.Equal(1, broken);
        Assert.Contains("add up to -20 minutes, not zero", brokenOutput, StringComparison.Ordinal);
        Assert.Contains("Ffion", brokenOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "ledger", "check", "--provider", "oracle" }, "Unknown provider 'oracle'")]
    [InlineData(new[] { "ledger", "check", "--provider", "postgres" }, "PostgreSQL needs a connection string")]
    [InlineData(new[] { "ledger", "check", "--data-folder", "/nonexistent/coproduce" }, "There is no database in '/nonexistent/coproduce'")]
    [InlineData(new[] { "ledger", "check", "--colour" }, "Unexpected argument '--colour'")]
    [InlineData(new[] { "ledger", "audit" }, "Unknown command: ledger audit")]
    public async Task Bad_arguments_get_a_clear_message_and_exit_2(string[] args, string message)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(args);
        Assert.Equal(2, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
