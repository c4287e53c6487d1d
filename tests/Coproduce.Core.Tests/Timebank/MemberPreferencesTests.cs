using Coproduce.Core.Timebank;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.Timebank.TimebankTestData;

namespace Coproduce.Core.Tests.Timebank;

/// <summary>A member's own choices in a timebank: who sees their balance, and whose records they accept at once, on both databases.</summary>
public class MemberPreferencesTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_exchange_recorded_by_someone_the_other_trusts_is_confirmed_as_it_is_recorded(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var exchanges = database.Exchanges();
        var preferences = Preferences(database);
        var exchanged = await exchanges.RecordAsync(garw.Megan, garw.Id, Details(database, garw.Megan, garw.Edna));
        Assert.True((await exchanges.ConfirmAsync(garw.Edna, exchanged.Value!.Id)).Succeeded);
        Assert.Equal(["Megan Price"], (await preferences.PreferencesAsync(garw.Edna, garw.Id)).ExchangedWith.Select(m => m.Name));

        Assert.True((await preferences.TrustAsync(garw.Edna, garw.Edna, garw.Id, garw.Megan)).Succeeded);
        Assert.True((await preferences.TrustAsync(garw.Edna, garw.Edna, garw.Id, garw.Megan)).Succeeded);
        var trusted = await exchanges.RecordAsync(garw.Megan, garw.Id, Details(database, garw.Megan, garw.Edna, "2"));

        Assert.Equal((ExchangeStatus.Confirmed, garw.Edna), (trusted.Value!.Status, trusted.Value.DecidedById));
        Assert.Equal(180, (await exchanges.BalanceAsync(garw.Megan, garw.Id)).Minutes);
        var chosen = await preferences.PreferencesAsync(garw.Edna, garw.Id);
        Assert.Equal(["Megan Price"], chosen.Trusted.Select(m => m.Name));
        Assert.Empty(chosen.ExchangedWith);
        // Trust goes one way: Megan didn't choose to take Edna's word.
        Assert.Equal(ExchangeStatus.Pending, (await exchanges.RecordAsync(garw.Edna, garw.Id, Details(database, garw.Edna, garw.Megan))).Value!.Status);

        Assert.True((await preferences.StopTrustingAsync(garw.Edna, garw.Edna, garw.Id, garw.Megan)).Succeeded);
        Assert.Equal(ExchangeStatus.Pending, (await exchanges.RecordAsync(garw.Megan, garw.Id, Details(database, garw.Megan, garw.Edna))).Value!.Status);
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Where_coordinators_approve_every_exchange_trust_does_not_skip_them(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        Assert.True((await database.Services.GetRequiredService<TimebankSettingsService>().ChangeAsync(garw.Gareth, garw.Id,
            new TimebankSettingsDetails("CoordinatorApproves", null, "10", null))).Succeeded);
        Assert.True((await Preferences(database).TrustAsync(garw.Edna, garw.Edna, garw.Id, garw.Megan)).Succeeded);

        var recorded = await database.Exchanges().RecordAsync(garw.Megan, garw.Id, Details(database, garw.Megan, garw.Edna));

        Assert.Equal((ExchangeStatus.Pending, (Guid?)null), (recorded.Value!.Status, recorded.Value.AwaitingId));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Trusting_yourself_someone_outside_or_choosing_when_not_a_member_is_refused_and_changes_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var preferences = Preferences(database);

        Assert.Equal("Timebank.TrustYourself", Assert.Single((await preferences.TrustAsync(garw.Edna, garw.Edna, garw.Id, garw.Edna)).Errors).Code);
        Assert.Equal("Timebank.NotAMember", Assert.Single((await preferences.TrustAsync(garw.Edna, garw.Edna, garw.Id, garw.Rhys)).Errors).Code);
        Assert.Equal("Timebank.NotAMember", Assert.Single((await preferences.TrustAsync(garw.Rhys, garw.Rhys, garw.Id, garw.Edna)).Errors).Code);
        // Siân coordinates but isn't a member: she has no exchanges of her own to trust anyone with, nor a balance to show.
        Assert.Equal("Timebank.NotAMember", Assert.Single((await preferences.ShowBalanceAsync(garw.Sian, garw.Sian, garw.Id, shows: true)).Errors).Code);

        await using var db = await database.OpenContextAsync();
        Assert.False(await db.TimebankTrustedMembers.AnyAsync());
        Assert.False(await db.TimebankMemberPreferences.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Other_members_see_a_balance_only_when_its_member_chooses_and_coordinators_always_do(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var preferences = Preferences(database);
        var exchanges = database.Exchanges();
        Assert.True((await exchanges.ConfirmAsync(garw.Edna, (await exchanges.RecordAsync(garw.Megan, garw.Id, Details(database, garw.Megan, garw.Edna))).Value!.Id)).Succeeded);

        Assert.Null(await preferences.BalanceShownToAsync(garw.Edna, garw.Megan, garw.Id));
        Assert.Equal(60, (await preferences.BalanceShownToAsync(garw.Megan, garw.Megan, garw.Id))!.Value.Minutes);
        Assert.Equal(60, (await preferences.BalanceShownToAsync(garw.Sian, garw.Megan, garw.Id))!.Value.Minutes);

        Assert.True((await preferences.ShowBalanceAsync(garw.Megan, garw.Megan, garw.Id, shows: true)).Succeeded);

        Assert.Equal(60, (await preferences.BalanceShownToAsync(garw.Edna, garw.Megan, garw.Id))!.Value.Minutes);
        // Someone from another timebank sees nothing, chosen or not.
        Assert.Null(await preferences.BalanceShownToAsync(garw.Rhys, garw.Megan, garw.Id));
        Assert.True((await preferences.PreferencesAsync(garw.Megan, garw.Id)).ShowsBalance);

        Assert.True((await preferences.ShowBalanceAsync(garw.Megan, garw.Megan, garw.Id, shows: false)).Succeeded);
        Assert.Null(await preferences.BalanceShownToAsync(garw.Edna, garw.Megan, garw.Id));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_coordinator_makes_a_members_choices_for_them_and_another_member_may_not(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var preferences = Preferences(database);

        Assert.True((await preferences.ShowBalanceAsync(garw.Sian, garw.Dai, garw.Id, shows: true)).Succeeded);
        Assert.True((await preferences.TrustAsync(garw.Sian, garw.Dai, garw.Id, garw.Megan)).Succeeded);
        var byMember = await preferences.ShowBalanceAsync(garw.Edna, garw.Megan, garw.Id, shows: true);
        var trustForOther = await preferences.TrustAsync(garw.Edna, garw.Megan, garw.Id, garw.Edna);

        var dais = await preferences.PreferencesAsync(garw.Dai, garw.Id);
        Assert.True(dais.ShowsBalance);
        Assert.Equal(["Megan Price"], dais.Trusted.Select(m => m.Name));
        Assert.Equal("Timebank.NotYourChoices", Assert.Single(byMember.Errors).Code);
        Assert.Equal("Timebank.NotYourChoices", Assert.Single(trustForOther.Errors).Code);
        Assert.False((await preferences.PreferencesAsync(garw.Megan, garw.Id)).ShowsBalance);
    }

    private static MemberPreferencesService Preferences(TestDatabase database) => database.Services.GetRequiredService<MemberPreferencesService>();
}
