using Coproduce.Core.Timebank;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.Timebank.TimebankTestData;

namespace Coproduce.Core.Tests.Timebank;

/// <summary>A timebank's rules, changed by its admin, on both databases.</summary>
public class TimebankSettingsTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_new_credit_limit_and_cap_apply_to_members_accounts_at_once(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var settings = database.Services.GetRequiredService<TimebankSettingsService>();
        var exchanges = database.Exchanges();
        // Edna goes five hours below zero under the default limit of ten.
        Assert.True((await exchanges.RecordAsync(garw.Sian, garw.Id, Details(database, garw.Megan, garw.Edna, "5"))).Succeeded);

        Assert.True((await settings.ChangeAsync(garw.Gareth, garw.Id, new TimebankSettingsDetails("OtherSideConfirms", "", "2", "20"))).Succeeded);

        await using var db = await database.OpenContextAsync();
        var limits = await db.LedgerAccounts.Where(a => a.HeldAtOrganisationId == garw.Id)
            .ToDictionaryAsync(a => a.OwnerId!.Value, a => (a.MinimumBalanceMinutes, a.MaximumBalanceMinutes));
        Assert.Equal((-120L, 1200L), limits[garw.Megan]);
        // Already beyond the new limit, Edna keeps her balance as her limit: she can only earn back towards it.
        Assert.Equal((-300L, 1200L), limits[garw.Edna]);
        Assert.Equal((ConfirmationPolicy.OtherSideConfirms, 2, 20), ((await exchanges.SettingsOfAsync(garw.Id)).Confirmation,
            (await exchanges.SettingsOfAsync(garw.Id)).CreditLimitHours, (await exchanges.SettingsOfAsync(garw.Id)).BalanceCapHours!.Value));
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Only_an_admin_changes_the_rules_and_bad_numbers_change_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var settings = database.Services.GetRequiredService<TimebankSettingsService>();

        var coordinator = await settings.ChangeAsync(garw.Sian, garw.Id, new TimebankSettingsDetails("OtherSideConfirms", null, "5", null));
        Assert.Equal("Timebank.NotAdmin", Assert.Single(coordinator.Errors).Code);
        var bad = await settings.ChangeAsync(garw.Gareth, garw.Id, new TimebankSettingsDetails("Whatever", "0", "-1", "ten", "0"));
        Assert.Equal(["Confirmation", "AcceptAfterDays", "CreditLimitHours", "BalanceCapHours", "LimitGrowsEveryHours"], bad.Errors.Select(e => e.Field));
        var noDays = await settings.ChangeAsync(garw.Gareth, garw.Id, new TimebankSettingsDetails("AcceptedAfterDays", " ", "5", null));
        Assert.Equal(("AcceptAfterDays", "Timebank.NumberRequired"), (Assert.Single(noDays.Errors).Field, noDays.Errors[0].Code));

        await using var db = await database.OpenContextAsync();
        Assert.False(await db.TimebankSettings.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_limit_that_grows_lets_a_member_owe_an_hour_more_for_every_few_hours_given(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var settings = database.Services.GetRequiredService<TimebankSettingsService>();
        var exchanges = database.Exchanges();
        // Megan has given five hours before the rule comes in; Edna has given none.
        Assert.True((await exchanges.RecordAsync(garw.Sian, garw.Id, Details(database, garw.Megan, garw.Edna, "5"))).Succeeded);

        Assert.True((await settings.ChangeAsync(garw.Gareth, garw.Id, new TimebankSettingsDetails("OtherSideConfirms", "", "2", null, "2"))).Succeeded);

        Assert.Equal(-4 * 60L, await MinimumAsync(database, garw.Id, garw.Megan));
        Assert.Equal(-5 * 60L, await MinimumAsync(database, garw.Id, garw.Edna));

        // An hour more given makes six: one more hour Megan may owe, moved in the act that confirms it.
        Assert.True((await exchanges.RecordAsync(garw.Sian, garw.Id, Details(database, garw.Megan, garw.Dai, "1"))).Succeeded);
        Assert.Equal(-5 * 60L, await MinimumAsync(database, garw.Id, garw.Megan));
        // Megan may now owe five hours: six and five minutes past her balance of six is refused, whole.
        var tooMuch = await exchanges.RecordAsync(garw.Sian, garw.Id, Details(database, garw.Dai, garw.Megan, "11:05"));
        Assert.False(tooMuch.Succeeded);
        Assert.True((await exchanges.RecordAsync(garw.Sian, garw.Id, Details(database, garw.Dai, garw.Megan, "11"))).Succeeded);
        Assert.Equal(-5 * 60L, (await exchanges.BalanceAsync(garw.Megan, garw.Id)).Minutes);
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    private static async Task<long> MinimumAsync(TestDatabase database, Guid timebank, Guid member)
    {
        await using var db = await database.OpenContextAsync();
        return await db.LedgerAccounts.Where(a => a.HeldAtOrganisationId == timebank && a.OwnerId == member).Select(a => a.MinimumBalanceMinutes).SingleAsync() ?? long.MinValue;
    }
}
