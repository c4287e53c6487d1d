using System.Globalization;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using static Coproduce.Core.Tests.Ledger.LedgerFixtures;

namespace Coproduce.Core.Tests.Ledger;

public class PostingTests
{
    private static readonly CultureInfo Welsh = CultureInfo.GetCultureInfo("cy-GB");

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_transfer_moves_credits_and_records_who_did_what_for_whom(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var pot = await ledger.OpenIssuerAsync("Blaengarw community pot");
        var megan = await ledger.OpenMemberAsync("Megan Price");
        var coordinator = Guid.NewGuid();
        var occurred = database.Clock.GetUtcNow().AddDays(-2);

        var result = await ledger.PostAsync(Transfer(pot.Id, megan.Id, 90, "slip-0042", TransferKind.Award) with
        {
            RecordedById = coordinator,
            OnBehalfOfId = megan.OwnerId,
            OccurredAt = occurred,
        });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.False(result.AlreadyPosted);
        Assert.Equal(-90, await ledger.BalanceAsync(pot.Id));
        Assert.Equal(90, await ledger.BalanceAsync(megan.Id));

        var stored = await ledger.FindTransferAsync(result.Transfer.Id);
        Assert.NotNull(stored);
        Assert.True(stored.Number > 0);
        Assert.Equal(TransferKind.Award, stored.Kind);
        Assert.Equal(90, stored.Minutes);
        Assert.Equal(coordinator, stored.RecordedById);
        Assert.Equal(megan.OwnerId, stored.OnBehalfOfId);
        Assert.Equal(occurred, stored.OccurredAt);
        Assert.True(stored.RecordedAt > occurred);
        Assert.Equal("slip-0042", stored.IdempotencyKey);
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Posting_the_same_key_again_returns_the_first_transfer_and_moves_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var pot = await ledger.OpenIssuerAsync("Pot");
        var member = await ledger.OpenMemberAsync("Dai");
        var request = Transfer(pot.Id, member.Id, 60, "form-7");

        var first = await ledger.PostAsync(request);
        var again = await ledger.PostAsync(request);

        Assert.True(again.Succeeded);
        Assert.True(again.AlreadyPosted);
        Assert.Equal(first.Transfer!.Id, again.Transfer.Id);
        Assert.Equal(first.Transfer.Number, again.Transfer.Number);
        Assert.Equal(60, await ledger.BalanceAsync(member.Id));
        Assert.Equal(1, await CountTransfersAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_same_key_with_other_content_is_refused_and_changes_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var pot = await ledger.OpenIssuerAsync("Pot");
        var member = await ledger.OpenMemberAsync("Dai");
        var first = await ledger.PostAsync(Transfer(pot.Id, member.Id, 60, "form-7"));

        var other = await ledger.PostAsync(Transfer(pot.Id, member.Id, 120, "form-7"));

        Assert.False(other.Succeeded);
        var error = Assert.Single(other.Errors);
        Assert.Equal("Ledger.KeyReusedWithOtherContent", error.Code);
        Assert.Equal(nameof(TransferRequest.IdempotencyKey), error.Field);
        Assert.Contains(first.Transfer!.Number.ToString(CultureInfo.InvariantCulture), error.Message(Welsh), StringComparison.Ordinal);
        Assert.Equal(60, await ledger.BalanceAsync(member.Id));
        Assert.Equal(1, await CountTransfersAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Bad_input_gets_a_clear_reason_and_changes_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var pot = await ledger.OpenIssuerAsync("Pot");
        var member = await ledger.OpenMemberAsync("Dai");
        await ledger.PostAsync(Transfer(pot.Id, member.Id, 60));

        (TransferRequest Request, string Field, string Code)[] cases =
        [
            (Transfer(Guid.NewGuid(), member.Id, 30), nameof(TransferRequest.FromAccountId), "Ledger.UnknownAccount"),
            (Transfer(pot.Id, Guid.NewGuid(), 30), nameof(TransferRequest.ToAccountId), "Ledger.UnknownAccount"),
            (Transfer(pot.Id, member.Id, 0), nameof(TransferRequest.Amount), "Hours.Required"),
            (Transfer(member.Id, member.Id, 30), nameof(TransferRequest.ToAccountId), "Ledger.SameAccount"),
            (Transfer(member.Id, pot.Id, 61), nameof(TransferRequest.Amount), "Ledger.BelowMinimum"),
            (Transfer(pot.Id, member.Id, 30, kind: TransferKind.Reversal), nameof(TransferRequest.Kind), "Ledger.UseReversal"),
            (Transfer(pot.Id, member.Id, 30, kind: (TransferKind)99), nameof(TransferRequest.Kind), "Ledger.KindUnknown"),
            (Transfer(pot.Id, member.Id, 30) with { Description = "  " }, nameof(TransferRequest.Description), "Ledger.DescriptionRequired"),
            (Transfer(pot.Id, member.Id, 30) with { Description = new string('x', 501) }, nameof(TransferRequest.Description), "Ledger.DescriptionTooLong"),
            (Transfer(pot.Id, member.Id, 30, key: ""), nameof(TransferRequest.IdempotencyKey), "Ledger.KeyRequired"),
            (Transfer(pot.Id, member.Id, 30, key: new string('k', 101)), nameof(TransferRequest.IdempotencyKey), "Ledger.KeyTooLong"),
            (Transfer(pot.Id, member.Id, 30) with { OccurredAt = database.Clock.GetUtcNow().AddDays(1) }, nameof(TransferRequest.OccurredAt), "Ledger.OccurredInFuture"),
        ];

        foreach (var (request, field, code) in cases)
        {
            var result = await ledger.PostAsync(request);
            Assert.False(result.Succeeded, code);
            Assert.Contains(result.Errors, e => e.Field == field && e.Code == code);
            Assert.All(result.Errors, e => Assert.NotEmpty(e.Message(Welsh)));
        }

        Assert.Equal(60, await ledger.BalanceAsync(member.Id));
        Assert.Equal(-60, await ledger.BalanceAsync(pot.Id));
        Assert.Equal(1, await CountTransfersAsync(database));
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_limit_breach_is_refused_with_the_reason_and_what_is_available(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var pot = await ledger.OpenIssuerAsync("Pot");
        var leisureCentre = await ledger.OpenOrganisationAsync("Garw Valley Leisure Centre", minimumMinutes: -120);
        var member = await ledger.OpenMemberAsync("Eira", maximumMinutes: 600);
        await ledger.PostAsync(Transfer(pot.Id, member.Id, 90));

        var overspend = await ledger.PostAsync(Transfer(member.Id, leisureCentre.Id, 91, kind: TransferKind.Spend));
        var error = Assert.Single(overspend.Errors);
        Assert.Equal("Ledger.BelowMinimum", error.Code);
        Assert.Equal("Eira does not have enough credits: 1 hour 30 minutes available", error.Message(CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("Nid oes gan Eira ddigon o gredydau: 1 awr 30 munud ar gael", error.Message(Welsh));

        var overCap = await ledger.PostAsync(Transfer(pot.Id, member.Id, 511));
        Assert.Equal("Ledger.AboveMaximum", Assert.Single(overCap.Errors).Code);

        // An organisation may go below zero as far as its limit allows, and no further.
        Assert.True((await ledger.PostAsync(Transfer(leisureCentre.Id, member.Id, 120))).Succeeded);
        Assert.Equal("Ledger.BelowMinimum", Assert.Single((await ledger.PostAsync(Transfer(leisureCentre.Id, member.Id, 1))).Errors).Code);

        Assert.Equal(210, await ledger.BalanceAsync(member.Id));
        Assert.Equal(-120, await ledger.BalanceAsync(leisureCentre.Id));
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Opening_an_account_checks_its_name_owner_and_limits(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;

        var result = await ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.Member, " ", null, 30, -1));

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["Ledger.NameRequired", "Ledger.OwnerRequired", "Ledger.MinimumAboveZero", "Ledger.MaximumBelowZero"],
            result.Errors.Select(e => e.Code));
        await using var db = await database.OpenContextAsync();
        Assert.Equal(0, await db.LedgerAccounts.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_database_itself_refuses_a_balance_beyond_the_limit(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var member = await database.Ledger.OpenMemberAsync("Dai");
        await using var db = await database.OpenContextAsync();

        var write = () => db.LedgerAccounts.Where(a => a.Id == member.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.BalanceMinutes, -1));

        await Assert.ThrowsAnyAsync<Exception>(write);
        Assert.Equal(0, await database.Ledger.BalanceAsync(member.Id));
    }

    internal static async Task<int> CountTransfersAsync(TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        return await db.Transfers.CountAsync();
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Hidden_characters_in_a_description_a_key_or_an_account_name_are_refused_by_the_one_text_rule(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var pot = await ledger.OpenIssuerAsync("Pot");
        var member = await ledger.OpenMemberAsync("Glenys");

        var reversed = await ledger.PostAsync(Transfer(pot.Id, member.Id, 60) with { Description = "Gardening \u202Efor Mrs Jones" });
        var invisible = await ledger.PostAsync(Transfer(pot.Id, member.Id, 60) with { Description = "\u200B\u200B\uFEFF" });
        var nul = await ledger.PostAsync(Transfer(pot.Id, member.Id, 60, key: "slip\u00000042"));
        var account = await ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.Member, "Glen\u0007ys", Guid.NewGuid()));

        Assert.Equal("Text.DirectionControl", Assert.Single(reversed.Errors).Code);
        Assert.Equal("Ledger.DescriptionRequired", Assert.Single(invisible.Errors).Code);
        Assert.Equal("Text.ControlCharacterOneLine", Assert.Single(nul.Errors).Code);
        Assert.Equal("Text.ControlCharacterOneLine", Assert.Single(account.Errors).Code);
        Assert.Equal(0, await ledger.BalanceAsync(member.Id));
        // A description may run over several lines, as a coordinator types it from a paper slip.
        Assert.True((await ledger.PostAsync(Transfer(pot.Id, member.Id, 60) with { Description = "Gardening\nand a cup of tea" })).Succeeded);
    }
}
