namespace Coproduce.Core.Ledger;

/// <summary>Asks the ledger to open an account, starting at a zero balance.</summary>
/// <param name="OwnerKind">A member's, an organisation's or the system's.</param>
/// <param name="Name">A name people recognise on a statement.</param>
/// <param name="OwnerId">The member or organisation; required for those kinds.</param>
/// <param name="MinimumBalanceMinutes">How low the balance may go: 0 (the default) or below; null for no limit, as for an account that issues credits.</param>
/// <param name="MaximumBalanceMinutes">How high the balance may go; null (the default) for no cap.</param>
/// <param name="HeldAtOrganisationId">The organisation whose credits it holds, e.g. the timebank a member's account is at.</param>
public sealed record OpenAccountRequest(
    AccountOwnerKind OwnerKind,
    string Name,
    Guid? OwnerId = null,
    long? MinimumBalanceMinutes = 0,
    long? MaximumBalanceMinutes = null,
    Guid? HeldAtOrganisationId = null);
