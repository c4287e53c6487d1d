namespace Coproduce.Core.Demo.Benchmark;

/// <summary>A partner venue's account and what members spend their credits on there.</summary>
/// <param name="AccountId">The venue's ledger account, which receives what members spend.</param>
/// <param name="Spends">What a spend there says on a statement.</param>
internal sealed record BenchmarkVenue(Guid AccountId, IReadOnlyList<string> Spends);

/// <summary>The big organisations, their ledger accounts and the demo people who record on members' behalf.</summary>
/// <param name="TimebankId">The big timebank.</param>
/// <param name="NetworkId">The time-credit network.</param>
/// <param name="TimebankPot">The big timebank's community pot, which gives welcome hours and thanks.</param>
/// <param name="NetworkPot">The time-credit network's account, which issues the credits volunteers earn.</param>
/// <param name="Venues">Partners where members spend credits.</param>
/// <param name="CoordinatorId">Siân, who records for members without a login.</param>
/// <param name="AdminId">Gareth, who records some of the network's awards.</param>
internal sealed record BenchmarkOrganisations(
    Guid TimebankId,
    Guid NetworkId,
    Guid TimebankPot,
    Guid NetworkPot,
    IReadOnlyList<BenchmarkVenue> Venues,
    Guid CoordinatorId,
    Guid AdminId);
