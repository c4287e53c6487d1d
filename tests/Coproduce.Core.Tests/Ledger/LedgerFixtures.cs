using Coproduce.Core.Ledger;

namespace Coproduce.Core.Tests.Ledger;

/// <summary>Short ways to open accounts and post transfers in ledger tests.</summary>
internal static class LedgerFixtures
{
    public static async Task<LedgerAccount> OpenMemberAsync(this LedgerService ledger, string name, long? maximumMinutes = null) =>
        (await ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.Member, name, Guid.NewGuid(), 0, maximumMinutes))).Value!;

    public static async Task<LedgerAccount> OpenOrganisationAsync(this LedgerService ledger, string name, long minimumMinutes) =>
        (await ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.Organisation, name, Guid.NewGuid(), minimumMinutes))).Value!;

    /// <summary>An account that issues credits: no lower limit, as its negative balance is the credits in circulation.</summary>
    public static async Task<LedgerAccount> OpenIssuerAsync(this LedgerService ledger, string name) =>
        (await ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.System, name, null, null))).Value!;

    public static TransferRequest Transfer(Guid from, Guid to, int minutes, string? key = null, TransferKind kind = TransferKind.Exchange) => new()
    {
        FromAccountId = from,
        ToAccountId = to,
        Amount = minutes == 0 ? default : Hours.FromMinutes(minutes),
        Kind = kind,
        Description = "Gardening at Bryn Road",
        IdempotencyKey = key ?? Guid.NewGuid().ToString(),
    };

    public static async Task<long> BalanceAsync(this LedgerService ledger, Guid accountId) =>
        (await ledger.FindAccountAsync(accountId))!.BalanceMinutes;
}
