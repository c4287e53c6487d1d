using Coproduce.Core.Credits;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.Credits;

/// <summary>Printed credit notes: issued, handed in once, forged, cancelled and locked, on both databases.</summary>
public class CreditNoteTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_note_is_handed_in_once_and_refused_the_second_time(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bridgend = await database.SeedBridgendAsync();
        var notes = database.Notes();
        var batch = (await notes.IssueAsync(bridgend.Sian, bridgend.Id, new NoteBatchInput("3", "2", WithPins: false))).Value!;
        var sheet = (await notes.SheetAsync(bridgend.Id, batch.Id))!;
        Assert.Equal(3, sheet.Count);
        Assert.All(sheet, n => Assert.True(CreditCodes.IsSerial(n.Note.Serial)));
        Assert.All(sheet, n => Assert.Null(n.Pin));
        var at = CounterActor.Person(bridgend.Lowri);

        // A counter's scanner types the QR code's token; staff without one type the serial and security code, spaced as printed.
        var first = await notes.RedeemAsync(at, bridgend.Venue, CreditCodes.Grouped(sheet[0].Note.Serial) + " " + CreditCodes.Grouped(sheet[0].Token[13..]), null);
        var second = await notes.RedeemAsync(at, bridgend.Venue, sheet[0].Token, null);

        Assert.True(first.Succeeded, string.Join("; ", first.Errors));
        Assert.Equal("Credits.NoteAlreadyRedeemed", Assert.Single(second.Errors).Code);
        await using var db = await database.OpenContextAsync();
        var inCirculation = await db.LedgerAccounts.SingleAsync(a => a.HeldAtOrganisationId == bridgend.Id && a.Purpose == AccountPurpose.NotesInCirculation);
        Assert.Equal(4 * 60, inCirculation.BalanceMinutes);
        var venue = (await database.Partners().PartnersAsync(bridgend.Id)).Single(p => p.Partner.OrganisationId == bridgend.Venue);
        Assert.Equal(2 * 60, venue.Holds.Minutes);
        Assert.Equal(1, await db.Transfers.CountAsync(t => t.Kind == TransferKind.NoteRedemption));
        Assert.Equal(RedemptionMethod.Note, (await db.CreditRedemptions.SingleAsync()).Method);
        Assert.Equal(2, (await notes.BatchesAsync(bridgend.Id)).Single().InCirculation);
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_forged_garbled_cancelled_or_foreign_note_is_refused_with_its_reason(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bridgend = await database.SeedBridgendAsync();
        var notes = database.Notes();
        var batch = (await notes.IssueAsync(bridgend.Sian, bridgend.Id, new NoteBatchInput("2", "1", WithPins: false))).Value!;
        var sheet = (await notes.SheetAsync(bridgend.Id, batch.Id))!;
        var at = CounterActor.Person(bridgend.Lowri);
        async Task<string> Codes(string token, CounterActor? actor = null, Guid? partner = null) =>
            string.Join(",", (await notes.RedeemAsync(actor ?? at, partner ?? bridgend.Venue, token, null)).Errors.Select(e => e.Code));

        var serial = sheet[0].Note.Serial;
        var code = sheet[0].Token[13..];
        var forgedCode = (code[0] == 'A' ? "B" : "A") + code[1..];
        Assert.Equal("Credits.NoteForged", await Codes(serial + "-" + forgedCode));
        Assert.Equal("Credits.NoteGarbled", await Codes("not a note"));
        Assert.Equal("Credits.NoteGarbled", await Codes(serial[..^1] + ((serial[^1] - '0' + 1) % 10) + "-" + code));
        Assert.Equal("Credits.NotAtThisCounter", await Codes(sheet[0].Token, CounterActor.Person(bridgend.Megan)));
        Assert.Equal("Credits.NoteFromAnotherNetwork", await Codes(sheet[0].Token, CounterActor.Counter(bridgend.Garden), bridgend.Garden));

        Assert.Equal("Credits.CancelReasonRequired", Assert.Single((await notes.CancelAsync(bridgend.Sian, bridgend.Id, CreditCodes.Grouped(serial), " ")).Errors).Code);
        Assert.Equal("Credits.UnknownSerial", Assert.Single((await notes.CancelAsync(bridgend.Sian, bridgend.Id, "1234 5678 9012", "Lost")).Errors).Code);
        Assert.True((await notes.CancelAsync(bridgend.Sian, bridgend.Id, CreditCodes.Grouped(serial), "Reported lost on the bus")).Succeeded);
        Assert.Equal("Credits.NoteCancelled", await Codes(sheet[0].Token));

        await using var db = await database.OpenContextAsync();
        Assert.False(await db.CreditRedemptions.AnyAsync());
        var inCirculation = await db.LedgerAccounts.SingleAsync(a => a.HeldAtOrganisationId == bridgend.Id && a.Purpose == AccountPurpose.NotesInCirculation);
        Assert.Equal(60, inCirculation.BalanceMinutes);
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Five_wrong_PINs_lock_the_note_even_against_the_right_one(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bridgend = await database.SeedBridgendAsync();
        var notes = database.Notes();
        var batch = (await notes.IssueAsync(bridgend.Sian, bridgend.Id, new NoteBatchInput("1", "1", WithPins: true))).Value!;
        var note = Assert.Single((await notes.SheetAsync(bridgend.Id, batch.Id))!);
        var wrong = note.Pin == "0000" ? "1111" : "0000";
        var at = CounterActor.Person(bridgend.Lowri);

        Assert.Equal("Credits.PinRequired", Assert.Single((await notes.RedeemAsync(at, bridgend.Venue, note.Token, null)).Errors).Code);
        for (var left = 4; left >= 1; left--)
        {
            var refused = Assert.Single((await notes.RedeemAsync(at, bridgend.Venue, note.Token, wrong)).Errors);
            Assert.Equal(("Credits.PinWrong", left), (refused.Code, (int)refused.Arguments[0]));
        }

        Assert.Equal("Credits.NoteLocked", Assert.Single((await notes.RedeemAsync(at, bridgend.Venue, note.Token, wrong)).Errors).Code);
        Assert.Equal("Credits.NoteLocked", Assert.Single((await notes.RedeemAsync(at, bridgend.Venue, note.Token, note.Pin)).Errors).Code);

        await using var db = await database.OpenContextAsync();
        var stored = await db.CreditNotes.SingleAsync();
        Assert.Equal((CreditNoteStatus.Locked, 5), (stored.Status, stored.FailedPinAttempts));
        Assert.False(await db.CreditRedemptions.AnyAsync());
        // A coordinator can still cancel a locked note, so its credit leaves circulation.
        Assert.True((await notes.CancelAsync(bridgend.Sian, bridgend.Id, note.Note.Serial, "Locked at the leisure centre")).Succeeded);
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Two_counters_handing_in_one_note_at_once_move_its_credits_once(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bridgend = await database.SeedBridgendAsync();
        var batch = (await database.Notes().IssueAsync(bridgend.Sian, bridgend.Id, new NoteBatchInput("1", "3", WithPins: true))).Value!;
        var note = Assert.Single((await database.Notes().SheetAsync(bridgend.Id, batch.Id))!);
        // Two app servers, a counter on each.
        var other = database.StartAppServer().GetRequiredService<CreditNoteService>();

        var results = await Task.WhenAll(
            Task.Run(() => database.Notes().RedeemAsync(CounterActor.Counter(bridgend.Venue), bridgend.Venue, note.Token, note.Pin)),
            Task.Run(() => other.RedeemAsync(CounterActor.Person(bridgend.Lowri), bridgend.Venue, note.Token, note.Pin)));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal("Credits.NoteAlreadyRedeemed", Assert.Single(results.Single(r => !r.Succeeded).Errors).Code);
        await using var db = await database.OpenContextAsync();
        Assert.Equal(1, await db.Transfers.CountAsync(t => t.Kind == TransferKind.NoteRedemption));
        Assert.Equal(1, await db.CreditRedemptions.CountAsync());
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Fact]
    public void Codes_are_forgiven_the_ways_people_mistype_them_and_a_misread_digit_is_caught()
    {
        var serial = CreditCodes.NewSerial();
        Assert.True(CreditCodes.IsSerial(serial));
        Assert.NotEqual('0', serial[0]);
        var changed = serial[..5] + (char)('0' + ((serial[5] - '0' + 1) % 10)) + serial[6..];
        Assert.False(CreditCodes.IsSerial(changed));
        Assert.Equal("K7P49Q2M", CreditCodes.Normalise(" k7p4-9q2m "));
        Assert.Equal("10", CreditCodes.Normalise("lO"));
        Assert.Null(CreditCodes.Normalise("K7P4 9Q2U"));
        var key = CreditCodes.NewSigningKey();
        var token = CreditCodes.Token(key, serial);
        Assert.Equal((serial, CreditCodes.SecurityCode(key, serial)), CreditCodes.ParseToken(CreditCodes.Grouped(serial) + " " + token[13..].ToLowerInvariant()));
        Assert.Null(CreditCodes.ParseToken(serial));
        Assert.Matches("^[0-9]{4}$", CreditCodes.Pin(key, serial));
        Assert.NotEqual(CreditCodes.SecurityCode(key, serial), CreditCodes.SecurityCode(CreditCodes.NewSigningKey(), serial));
    }
}
