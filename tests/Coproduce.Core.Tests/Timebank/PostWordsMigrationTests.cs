using Coproduce.Core.Data;
using Coproduce.Core.People;
using Coproduce.Core.Timebank;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.People.PeopleTestData;

namespace Coproduce.Core.Tests.Timebank;

/// <summary>Posts made before the search had its words table are split into words by the migration that adds it, on both databases.</summary>
public class PostWordsMigrationTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Posts_already_up_get_their_words_and_are_found_as_new_ones_are(TestProvider provider)
    {
        await using var database = await ThrowawayDatabase.CreateAsync(provider);
        await using var services = new ServiceCollection().AddCoproduceCore(database.Options, database.Folder).BuildServiceProvider();
        var contexts = services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>();
        var cancel = TestContext.Current.CancellationToken;
        Guid timebank;
        await using (var db = await contexts.CreateDbContextAsync(cancel))
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_TimebankPostWords", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before, cancel);
            var now = DateTimeOffset.UtcNow;
            timebank = AddOrganisation(db, now, OrganisationKind.Timebank, "Garw Valley Timebank").Id;
            var megan = AddPerson(db, now, "Megan Price", Language.Welsh, null, login: null, [(timebank, OrganisationRole.Member)]).Id;
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            db.TimebankPosts.Add(new TimebankPost(Guid.CreateVersion7(), timebank, megan, megan, PostKind.Offer,
                new PostDetailsChecked(new Guid("5b1c2a10-0000-4000-8000-000000000001"), "Help in your GARDEN", "Weeding and mowing, with my own tools",
                    "Blaengarw", null, today.AddDays(20)), now));
            await db.SaveChangesAsync(cancel);
        }

        await DatabaseInitializer.InitializeAsync(contexts, cancel);

        await using (var db = await contexts.CreateDbContextAsync(cancel))
        {
            var words = await db.TimebankPostWords.Select(w => w.Word).ToListAsync(cancel);
            Assert.Equal(["and", "blaengarw", "garden", "help", "in", "mowing,", "my", "own", "tools", "weeding", "with", "your"],
                words.Order(StringComparer.Ordinal));
        }

        var found = await services.GetRequiredService<PostService>().SearchAsync(timebank, new PostSearch("gard mow"), cancel);
        Assert.Equal("Help in your GARDEN", Assert.Single(found.Posts).Post.Title);
    }
}
