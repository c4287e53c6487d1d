using Coproduce.Core.Ledger;
using static Coproduce.Core.Tests.Ledger.LedgerFixtures;

namespace Coproduce.Core.Tests.Ledger;

public class ReversalTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_reversal_moves_the_amount_back_with_a_reason_and_a_link_and_leaves_the_original_alone(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var pot = await ledger.OpenIssuerAsync("Pot");
        var member = await ledger.OpenMemberAsync("Gwyn");
        var original = (await ledger.PostAsync(Transfer(pot.Id, member.Id, 120, kind: TransferKind.Award))).Transfer!;
        var coordinator = Guid.NewGuid();

        var reversal = await ledger.ReverseAsync(new ReversalRequest(original.Id, "Recorded twice by mistake", coordinator, member.OwnerId));

        Assert.True(reversal.Succeeded, string.Join("; ", reversal.Errors));
        Assert.Equal(TransferKind.Reversal, reversal.Transfer.Kind);
        Assert.Equal(original.Id, reversal.Transfer.ReversesTransferId);
        Assert.Equal(member.Id, reversal.Transfer.FromAccountId);
        Assert.Equal(pot.Id, reversal.Transfer.ToAccountId);
        Assert.Equal("Recorded twice by mistake", reversal.Transfer.Description);
        Assert.Equal(coordinator, reversal.Transfer.RecordedById);
        Assert.Equal(0, await ledger.BalanceAsync(member.Id));
        Assert.Equal(0, await ledger.BalanceAsync(pot.Id));

        var unchanged = (await ledger.FindTransferAsync(original.Id))!;
        Assert.Equal(original.Minutes, unchanged.Minutes);
        Assert.Equal(original.Description, unchanged.Description);
        Assert.Equal(2, await PostingTests.CountTransfersAsync(database));
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_transfer_is_reversed_once_and_a_reversal_is_never_reversed(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var pot = await ledger.OpenIssuerAsync("Pot");
        var member = await ledger.OpenMemberAsync("Gwyn");
        var original = (await ledger.PostAsync(Transfer(pot.Id, member.Id, 120))).Transfer!;
        var reversal = (await ledger.ReverseAsync(new ReversalRequest(original.Id, "Wrong member"))).Transfer!;

        var repeated = await ledger.ReverseAsync(new ReversalRequest(original.Id, "Wrong member"));
        Assert.True(repeated.AlreadyPosted);
        Assert.Equal(reversal.Id, repeated.Transfer!.Id);

        var second = await ledger.ReverseAsync(new ReversalRequest(original.Id, "Again", IdempotencyKey: "another-key"));
        Assert.Equal("Ledger.AlreadyReversed", Assert.Single(second.Errors).Code);

        var ofReversal = await ledger.ReverseAsync(new ReversalRequest(reversal.Id, "Undo the undo"));
        Assert.Equal("Ledger.CannotReverseReversal", Assert.Single(ofReversal.Errors).Code);

        var unknown = await ledger.ReverseAsync(new ReversalRequest(Guid.NewGuid(), "No such"));
        Assert.Equal("Ledger.UnknownTransfer", Assert.Single(unknown.Errors).Code);

        var noReason = await ledger.ReverseAsync(new ReversalRequest(original.Id, " "));
        Assert.Contains(noReason.Errors, e => e.Code == "Ledger.ReasonRequired");

        Assert.Equal(2, await PostingTests.CountTransfersAsync(database));
        Assert.Equal(0, await ledger.BalanceAsync(member.Id));
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_reversal_that_would_break_a_limit_is_refused(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var pot = await ledger.OpenIssuerAsync("Pot");
        var cafe = await ledger.OpenOrganisationAsync("Cwtch Café", 0);
        var member = await ledger.OpenMemberAsync("Gwyn");
        var award = (await ledger.PostAsync(Transfer(pot.Id, member.Id, 60))).Transfer!;
        await ledger.PostAsync(Transfer(member.Id, cafe.Id, 60, kind: TransferKind.Spend));

        // The credits were spent: taking the award back would leave the member below zero.
        var reversal = await ledger.ReverseAsync(new ReversalRequest(award.Id, "Awarded in error"));

        Assert.Equal("Ledger.BelowMinimum", Assert.Single(reversal.Errors).Code);
        Assert.Equal(0, await ledger.BalanceAsync(member.Id));
        Assert.Equal(2, await PostingTests.CountTransfersAsync(database));
    }
}
