using Coproduce.Core.Timebank;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.Timebank;

/// <summary>A timebank's own kinds of help, on both databases.</summary>
public class CategoryServiceTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_coordinator_adds_a_kind_of_help_only_that_timebank_lists_and_posts_use(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var posts = database.Posts();

        var added = await Categories(database).AddAsync(garw.Sian, garw.Id, "  Chapel flowers ", "Blodau’r capel");

        Assert.True(added.Succeeded, string.Join("; ", added.Errors));
        var listed = await posts.CategoriesAsync(garw.Id);
        // After the seeded ones, before "Other help".
        Assert.Equal(["Chapel flowers", "Other help"], listed.TakeLast(2).Select(c => c.Name));
        Assert.DoesNotContain(await posts.CategoriesAsync(garw.Elsewhere), c => c.Name == "Chapel flowers");
        var offered = await posts.CreateAsync(garw.Megan, garw.Id, new PostDetails(garw.Megan, PostKind.Offer, added.Value!.Id, "Flowers for Sunday", null,
            null, null, InThreeWeeks(database)));
        Assert.True(offered.Succeeded, string.Join("; ", offered.Errors));
        // Another timebank's category is not one a post here may use.
        var ogmore = (await posts.CreateAsync(garw.Rhys, garw.Elsewhere, new PostDetails(garw.Rhys, PostKind.Offer, added.Value.Id, "Flowers", null,
            null, null, InThreeWeeks(database)))).Errors;
        Assert.Equal("Timebank.CategoryRequired", Assert.Single(ogmore).Code);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_member_a_blank_a_name_taken_in_either_language_is_refused_and_nothing_is_added(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var categories = Categories(database);

        Assert.Equal("Timebank.NotCoordinator", Assert.Single((await categories.AddAsync(garw.Megan, garw.Id, "Chapel flowers", "Blodau’r capel")).Errors).Code);
        Assert.Equal(["Timebank.CategoryNameRequired", "Timebank.CategoryNameWelshRequired"],
            (await categories.AddAsync(garw.Sian, garw.Id, " ", null)).Errors.Select(e => e.Code));
        // "GARDDIO" is the seeded Gardening in Welsh, however it is written.
        var taken = await categories.AddAsync(garw.Sian, garw.Id, "gardening", "GARDDIO");
        Assert.Equal([("Name", "Timebank.CategoryExists"), ("NameWelsh", "Timebank.CategoryExists")], taken.Errors.Select(e => (e.Field, e.Code)));
        Assert.Equal("Timebank.CategoryNameTooLong", Assert.Single((await categories.AddAsync(garw.Sian, garw.Id, new string('a', 81), "Blodau")).Errors).Code);

        await using var db = await database.OpenContextAsync();
        Assert.False(await db.TimebankCategories.AnyAsync(c => c.OrganisationId != null));
    }

    private static string InThreeWeeks(TestDatabase database) =>
        Coproduce.Core.Common.UkTime.Today(database.Clock).AddDays(21).ToString("yyyy-M-d", System.Globalization.CultureInfo.InvariantCulture);

    private static CategoryService Categories(TestDatabase database) => database.Services.GetRequiredService<CategoryService>();
}
