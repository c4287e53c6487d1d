using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.People;

/// <summary>
/// Organisations stored before the kinds, areas and folded names existed, brought up to date by the OrganisationDetails
/// migration and the fill on start, on both databases.
/// </summary>
public class OrganisationMigrationTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Old_kinds_map_onto_the_new_ones_the_demo_gets_its_areas_and_every_name_is_folded_on_start(TestProvider provider)
    {
        await using var database = await ThrowawayDatabase.CreateAsync(provider);
        await using var services = new ServiceCollection().AddCoproduceCore(database.Options, database.Folder).BuildServiceProvider();
        var contexts = services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_OrganisationDetails", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before, TestContext.Current.CancellationToken);
            // The old kinds: 0 timebank, 1 council service, 2 trust, 3 charity, 4 venue, 5 peer group host, 6 transport, 7 network.
            await InsertOldAsync(db, provider, "Garw Valley Timebank", "Banc Amser Cwm Garw", 0, isDemo: true);
            await InsertOldAsync(db, provider, "Bridgend Time Credits", null, 1, isDemo: true);
            await InsertOldAsync(db, provider, "Our Lives, Our Way", null, 5, isDemo: true);
            await InsertOldAsync(db, provider, "Taff Valleys Timebank", null, 0, isDemo: true);
            await InsertOldAsync(db, provider, "Creation Development Trust", null, 2, isDemo: false);
            await InsertOldAsync(db, provider, "Garw Leisure Centre", null, 4, isDemo: false);
            // The Welsh name of one is the English name of another: before the rule, nothing stopped it.
            await InsertOldAsync(db, provider, "Canolfan Garw", "Garw Leisure Centre", 3, isDemo: false);
        }

        await DatabaseInitializer.InitializeAsync(contexts, TestContext.Current.CancellationToken);

        await using var after = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var rows = await after.Organisations.Include(o => o.Names).ToDictionaryAsync(o => o.Name, TestContext.Current.CancellationToken);
        Assert.Equal((OrganisationKind.Timebank, "Bridgend"), (rows["Garw Valley Timebank"].Kind, rows["Garw Valley Timebank"].Area));
        Assert.Equal((OrganisationKind.TimeCreditNetwork, "Bridgend"), (rows["Bridgend Time Credits"].Kind, rows["Bridgend Time Credits"].Area));
        Assert.Equal((OrganisationKind.CommunityGroup, "Cardiff"), (rows["Our Lives, Our Way"].Kind, rows["Our Lives, Our Way"].Area));
        Assert.Equal("Rhondda Cynon Taf", rows["Taff Valleys Timebank"].Area);
        Assert.Equal((OrganisationKind.CommunityGroup, ""), (rows["Creation Development Trust"].Kind, rows["Creation Development Trust"].Area));
        Assert.Equal(OrganisationKind.PartnerVenue, rows["Garw Leisure Centre"].Kind);
        Assert.All(rows.Values, o => Assert.Equal(OrganisationStatus.Active, o.Status));
        Assert.All(rows.Values, o => Assert.NotEqual(string.Empty, o.SearchText));
        Assert.Equal(["banc amser cwm garw", "garw valley timebank"], rows["Garw Valley Timebank"].Names.Select(n => n.NameKey).Order(StringComparer.Ordinal));
        Assert.Equal("bridgend", Assert.Single(rows["Bridgend Time Credits"].Names).AreaKey);
        // Both hold their English names; the Welsh name another already held stays with it (whichever was filled in first).
        Assert.Equal(["canolfan garw"], rows["Canolfan Garw"].Names.Select(n => n.NameKey));
        Assert.Equal(["garw leisure centre"], rows["Garw Leisure Centre"].Names.Select(n => n.NameKey));
    }

    private static long inserted;

    private static Task<int> InsertOldAsync(CoproduceDbContext db, TestProvider provider, string name, string? welsh, int kind, bool isDemo)
    {
        // Ids in the order the rows are inserted: names are filled in by id, and two version 7 ids made in the same
        // millisecond are in random order, which let "Canolfan Garw" take "Garw Leisure Centre" first now and then.
        var id = Guid.CreateVersion7(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero).AddMilliseconds(Interlocked.Increment(ref inserted)));
        var at = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        // As each provider stores them: SQLite keeps ids as upper-case text and instants as UTC ticks.
        return provider == TestProvider.Sqlite
            ? db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Organisations" ("Id", "Name", "NameWelsh", "Kind", "Description", "DescriptionWelsh", "CreatedAt", "IsDemo")
                VALUES ({id.ToString().ToUpperInvariant()}, {name}, {welsh}, {kind}, NULL, NULL, {at.UtcTicks}, {isDemo})
                """)
            : db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Organisations" ("Id", "Name", "NameWelsh", "Kind", "Description", "DescriptionWelsh", "CreatedAt", "IsDemo")
                VALUES ({id}, {name}, {welsh}, {kind}, NULL, NULL, {at}, {isDemo})
                """);
    }
}
