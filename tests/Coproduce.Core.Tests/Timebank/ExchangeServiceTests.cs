using Coproduce.Core.Ledger;
using Coproduce.Core.Timebank;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.Timebank.TimebankTestData;

namespace Coproduce.Core.Tests.Timebank;

/// <summary>Recording, confirming and declining timebank exchanges, on both databases.</summary>
public class ExchangeServiceTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_member_records_an_hour_the_other_confirms_and_both_balances_change_with_a_message_to_each(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var exchanges = database.Exchanges();

        var recorded = await exchanges.RecordAsync(garw.Megan, garw.Id, Details(database, garw.Megan, garw.Edna, "1:30"));

        Assert.True(recorded.Succeeded, string.Join("; ", recorded.Errors));
        var pending = recorded.Value!;
        Assert.Equal((ExchangeStatus.Pending, garw.Edna, 90), (pending.Status, pending.AwaitingId, pending.Minutes));
        Assert.Equal(0, (await exchanges.BalanceAsync(garw.Megan, garw.Id)).Minutes);
        await using (var db = await database.OpenContextAsync())
        {
            var ask = await db.OutboxMessages.SingleAsync();
            Assert.Equal((garw.Edna, "en"), (ask.PersonId, ask.Language));
            Assert.Contains("Megan Price has recorded giving you 1 hour 30 minutes", ask.Body, StringComparison.Ordinal);
            Assert.Contains($"/timebank/{garw.Id}/exchanges/{pending.Id}", ask.Body, StringComparison.Ordinal);
        }

        var confirmed = await exchanges.ConfirmAsync(garw.Edna, pending.Id);

        Assert.True(confirmed.Succeeded, string.Join("; ", confirmed.Errors));
        Assert.Equal((ExchangeStatus.Confirmed, garw.Edna), (confirmed.Value!.Status, confirmed.Value.DecidedById));
        Assert.Equal(90, (await exchanges.BalanceAsync(garw.Megan, garw.Id)).Minutes);
        Assert.Equal(-90, (await exchanges.BalanceAsync(garw.Edna, garw.Id)).Minutes);
        var transfer = (await database.Ledger.FindTransferAsync(confirmed.Value.TransferId!.Value))!;
        Assert.Equal((TransferKind.Exchange, "Weeded the front garden"), (transfer.Kind, transfer.Description));
        await using (var db = await database.OpenContextAsync())
        {
            var told = await db.OutboxMessages.Where(m => m.Subject.StartsWith("Exchange confirmed") || m.Subject.StartsWith("Cyfnewid"))
                .ToDictionaryAsync(m => m.PersonId!.Value);
            Assert.Contains("Eich balans nawr yw 1 awr 30 munud", told[garw.Megan].Body, StringComparison.Ordinal);
            Assert.Equal("cy", told[garw.Megan].Language);
            Assert.Contains("Your balance is now -1 hour 30 minutes", told[garw.Edna].Body, StringComparison.Ordinal);
        }

        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_coordinator_records_for_a_member_without_email_and_it_is_confirmed_at_once(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();

        var recorded = await database.Exchanges().RecordAsync(garw.Sian, garw.Id, Details(database, garw.Dai, garw.Edna, "2", "Fixed the gate"));

        Assert.True(recorded.Succeeded, string.Join("; ", recorded.Errors));
        var exchange = recorded.Value!;
        Assert.Equal((ExchangeStatus.Confirmed, true, garw.Sian), (exchange.Status, exchange.RecordedOnBehalf, exchange.DecidedById));
        Assert.Equal(120, (await database.Exchanges().BalanceAsync(garw.Dai, garw.Id)).Minutes);
        var transfer = (await database.Ledger.FindTransferAsync(exchange.TransferId!.Value))!;
        Assert.Equal((garw.Sian, garw.Edna), (transfer.RecordedById, transfer.OnBehalfOfId));
        await using var db = await database.OpenContextAsync();
        // Dai has no email; Edna hears.
        Assert.Equal([garw.Edna], await db.OutboxMessages.Select(m => m.PersonId!.Value).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Bad_details_are_refused_in_words_and_nothing_is_recorded(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var exchanges = database.Exchanges();

        async Task<string> Refusal(Guid actor, ExchangeDetails details)
        {
            var result = await exchanges.RecordAsync(actor, garw.Id, details);
            Assert.False(result.Succeeded);
            return string.Join(",", result.Errors.Select(e => e.Code));
        }

        Assert.Equal("Hours.Zero", await Refusal(garw.Megan, Details(database, garw.Megan, garw.Edna, "0")));
        Assert.Equal("Timebank.MoreThanADay", await Refusal(garw.Megan, Details(database, garw.Megan, garw.Edna, "25")));
        Assert.Equal("Timebank.DateInFuture", await Refusal(garw.Megan, Details(database, garw.Megan, garw.Edna, daysAgo: -8)));
        Assert.Equal("Timebank.DateInFuture", await Refusal(garw.Megan, Details(database, garw.Megan, garw.Edna, daysAgo: -1)));
        Assert.Equal("Timebank.DateTooOld", await Refusal(garw.Megan, Details(database, garw.Megan, garw.Edna, daysAgo: 400)));
        Assert.Equal("Timebank.DateUnreadable", await Refusal(garw.Megan, new ExchangeDetails(garw.Megan, garw.Edna, "1", "2026-2-30", "Shopping")));
        Assert.Equal("Timebank.WithYourself", await Refusal(garw.Megan, Details(database, garw.Megan, garw.Megan)));
        Assert.Equal("Timebank.NotAMember", await Refusal(garw.Megan, Details(database, garw.Megan, garw.Rhys)));
        Assert.Equal("Timebank.DescriptionRequired", await Refusal(garw.Megan, Details(database, garw.Megan, garw.Edna, what: " \u200B ")));
        Assert.Equal("Text.DirectionControl", await Refusal(garw.Megan, Details(database, garw.Megan, garw.Edna, what: "Garden\u202E")));
        // Someone who took no part, and isn't a coordinator, can't record it; nor can anyone outside a timebank.
        Assert.Equal("Timebank.NotYourExchange", await Refusal(garw.Dai, Details(database, garw.Megan, garw.Edna)));
        var wrongPlace = await exchanges.RecordAsync(garw.Rhys, Guid.CreateVersion7(), Details(database, garw.Rhys, garw.Megan));
        Assert.Equal("People.UnknownOrganisation", Assert.Single(wrongPlace.Errors).Code);
        // Every problem at once, so a form can show them all.
        Assert.Equal("Timebank.WithYourself,Hours.Unreadable,Timebank.DateRequired,Timebank.DescriptionRequired",
            await Refusal(garw.Megan, new ExchangeDetails(garw.Megan, garw.Megan, "lots", "", null)));

        await using var db = await database.OpenContextAsync();
        Assert.False(await db.TimebankExchanges.AnyAsync());
        Assert.False(await db.OutboxMessages.AnyAsync());
        Assert.False(await db.Transfers.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Only_the_other_member_or_a_coordinator_decides_and_a_stranger_learns_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var exchanges = database.Exchanges();
        var exchange = (await exchanges.RecordAsync(garw.Edna, garw.Id, Details(database, garw.Megan, garw.Edna))).Value!;

        Assert.Equal("Timebank.NotYoursToConfirm", Assert.Single((await exchanges.ConfirmAsync(garw.Edna, exchange.Id)).Errors).Code);
        Assert.Equal("Timebank.UnknownExchange", Assert.Single((await exchanges.ConfirmAsync(garw.Dai, exchange.Id)).Errors).Code);
        Assert.Equal("Timebank.UnknownExchange", Assert.Single((await exchanges.DeclineAsync(garw.Rhys, exchange.Id, "Not mine")).Errors).Code);
        Assert.Null(await exchanges.FindAsync(garw.Dai, exchange.Id));
        Assert.Null(await exchanges.FindAsync(garw.Rhys, exchange.Id));
        Assert.Empty(await exchanges.ExchangesOfAsync(garw.Dai, garw.Id));
        Assert.NotNull(await exchanges.FindAsync(garw.Sian, exchange.Id));
        Assert.Equal("Megan Price", (await exchanges.FindAsync(garw.Edna, exchange.Id))!.GiverName);

        Assert.True((await exchanges.ConfirmAsync(garw.Carys, exchange.Id)).Succeeded);
        Assert.Equal("Timebank.AlreadyDecided", Assert.Single((await exchanges.ConfirmAsync(garw.Megan, exchange.Id)).Errors).Code);

        // A coordinator who is one of the two is asked like any member: she can't confirm her own.
        var hers = (await exchanges.RecordAsync(garw.Carys, garw.Id, Details(database, garw.Carys, garw.Edna))).Value!;
        Assert.Equal((ExchangeStatus.Pending, garw.Edna), (hers.Status, hers.AwaitingId));
        Assert.Equal("Timebank.NotYoursToConfirm", Assert.Single((await exchanges.ConfirmAsync(garw.Carys, hers.Id)).Errors).Code);
        Assert.True((await exchanges.ConfirmAsync(garw.Sian, hers.Id)).Succeeded);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_declined_exchange_moves_nothing_and_the_recorder_hears_why(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var exchanges = database.Exchanges();
        var exchange = (await exchanges.RecordAsync(garw.Edna, garw.Id, Details(database, garw.Megan, garw.Edna))).Value!;

        Assert.Equal("Timebank.ReasonRequired", Assert.Single((await exchanges.DeclineAsync(garw.Megan, exchange.Id, "  ")).Errors).Code);
        var declined = await exchanges.DeclineAsync(garw.Megan, exchange.Id, "Dim ond hanner awr oedd hi");

        Assert.Equal((ExchangeStatus.Declined, "Dim ond hanner awr oedd hi"), (declined.Value!.Status, declined.Value.DeclineReason));
        Assert.Equal(0, (await exchanges.BalanceAsync(garw.Megan, garw.Id)).Minutes);
        await using var db = await database.OpenContextAsync();
        Assert.False(await db.Transfers.AnyAsync());
        var told = await db.OutboxMessages.SingleAsync(m => m.PersonId == garw.Edna);
        Assert.Contains("Megan Price declined the exchange of 1 hour", told.Body, StringComparison.Ordinal);
        Assert.Contains("Dim ond hanner awr oedd hi", told.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Two_coordinators_confirming_at_once_move_the_hours_once(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var exchange = (await database.Exchanges().RecordAsync(garw.Megan, garw.Id, Details(database, garw.Megan, garw.Edna, "3"))).Value!;
        // Two app servers, one coordinator on each.
        var other = database.StartAppServer().GetRequiredService<ExchangeService>();

        var results = await Task.WhenAll(
            Task.Run(() => database.Exchanges().ConfirmAsync(garw.Sian, exchange.Id)),
            Task.Run(() => other.ConfirmAsync(garw.Carys, exchange.Id)));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal("Timebank.AlreadyDecided", Assert.Single(results.Single(r => !r.Succeeded).Errors).Code);
        Assert.Equal(180, (await database.Exchanges().BalanceAsync(garw.Megan, garw.Id)).Minutes);
        await using var db = await database.OpenContextAsync();
        Assert.Equal(1, await db.Transfers.CountAsync());
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Beyond_the_credit_limit_a_confirmation_is_refused_and_the_exchange_waits(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var exchanges = database.Exchanges();
        Assert.True((await database.Services.GetRequiredService<TimebankSettingsService>().ChangeAsync(garw.Gareth, garw.Id,
            new TimebankSettingsDetails("OtherSideConfirms", null, "2", null))).Succeeded);
        var first = (await exchanges.RecordAsync(garw.Megan, garw.Id, Details(database, garw.Megan, garw.Edna, "2"))).Value!;
        Assert.True((await exchanges.ConfirmAsync(garw.Edna, first.Id)).Succeeded);
        var second = (await exchanges.RecordAsync(garw.Megan, garw.Id, Details(database, garw.Megan, garw.Edna, "0:30", "Ironing"))).Value!;

        var refused = await exchanges.ConfirmAsync(garw.Edna, second.Id);

        var error = Assert.Single(refused.Errors);
        Assert.Equal("Ledger.BelowMinimum", error.Code);
        Assert.Equal("Nid oes gan Edna Hughes ddigon o gredydau: 0 awr ar gael", error.Message(System.Globalization.CultureInfo.GetCultureInfo("cy")));
        Assert.Equal(ExchangeStatus.Pending, (await exchanges.FindAsync(garw.Edna, second.Id))!.Exchange.Status);
        Assert.Equal(-120, (await exchanges.BalanceAsync(garw.Edna, garw.Id)).Minutes);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Where_exchanges_are_accepted_after_days_one_nobody_declined_is_accepted_by_itself(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var exchanges = database.Exchanges();
        Assert.True((await database.Services.GetRequiredService<TimebankSettingsService>().ChangeAsync(garw.Gareth, garw.Id,
            new TimebankSettingsDetails("AcceptedAfterDays", "14", "10", null))).Succeeded);
        var exchange = (await exchanges.RecordAsync(garw.Megan, garw.Id, Details(database, garw.Megan, garw.Edna))).Value!;
        Assert.Equal(database.Clock.GetUtcNow().AddDays(14), exchange.AcceptsAt!.Value, TimeSpan.FromSeconds(1));

        database.Clock.Advance(TimeSpan.FromDays(13));
        Assert.Equal(0, await exchanges.AcceptDueAsync());
        database.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await exchanges.AcceptDueAsync());

        var accepted = (await exchanges.FindAsync(garw.Megan, exchange.Id))!.Exchange;
        Assert.Equal((ExchangeStatus.Confirmed, (Guid?)null), (accepted.Status, accepted.DecidedById));
        Assert.Equal(60, (await exchanges.BalanceAsync(garw.Megan, garw.Id)).Minutes);
        Assert.Equal(0, await exchanges.AcceptDueAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Where_a_coordinator_approves_a_members_record_waits_for_a_coordinator(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var exchanges = database.Exchanges();
        Assert.True((await database.Services.GetRequiredService<TimebankSettingsService>().ChangeAsync(garw.Gareth, garw.Id,
            new TimebankSettingsDetails("CoordinatorApproves", null, "10", null))).Succeeded);
        var exchange = (await exchanges.RecordAsync(garw.Megan, garw.Id, Details(database, garw.Megan, garw.Edna))).Value!;

        Assert.Null(exchange.AwaitingId);
        Assert.Equal("Timebank.NotYoursToConfirm", Assert.Single((await exchanges.ConfirmAsync(garw.Edna, exchange.Id)).Errors).Code);
        Assert.Equal(exchange.Id, Assert.Single(await exchanges.PendingInAsync(garw.Id)).Exchange.Id);
        Assert.True((await exchanges.ConfirmAsync(garw.Sian, exchange.Id)).Succeeded);
        Assert.Empty(await exchanges.PendingInAsync(garw.Id));
    }
}
