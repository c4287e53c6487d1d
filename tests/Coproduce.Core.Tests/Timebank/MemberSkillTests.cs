using Coproduce.Core.Timebank;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.Timebank.TimebankTestData;

namespace Coproduce.Core.Tests.Timebank;

/// <summary>A member's skills and interests in a timebank, said by them or written down by a coordinator, on both databases.</summary>
public class MemberSkillTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_member_says_what_they_offer_and_want_and_changing_the_boxes_keeps_exactly_those_ticked(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var (gardening, lifts, cooking) = await CategoriesAsync(database, garw);

        var first = await Skills(database).SetAsync(garw.Megan, garw.Megan, garw.Id, [gardening, lifts], [cooking]);
        var changed = await Skills(database).SetAsync(garw.Megan, garw.Megan, garw.Id, [lifts, lifts], []);

        Assert.True(first.Succeeded, string.Join("; ", first.Errors));
        Assert.Equal(["Gardening", "Lifts and transport"], first.Value!.Offers.Select(s => s.Category.Name));
        Assert.Equal(["Cooking and meals"], first.Value.Wants.Select(s => s.Category.Name));
        Assert.True(changed.Succeeded, string.Join("; ", changed.Errors));
        var read = await Skills(database).SkillsOfAsync(garw.Megan, garw.Id);
        Assert.Equal(["Lifts and transport"], read.Offers.Select(s => s.Category.Name));
        Assert.Empty(read.Wants);
        Assert.Null(Assert.Single(read.Offers).AddedByOther);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_coordinator_writes_down_a_members_skills_and_the_record_says_who_did(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var (gardening, _, _) = await CategoriesAsync(database, garw);

        var written = await Skills(database).SetAsync(garw.Sian, garw.Dai, garw.Id, [gardening], []);

        Assert.True(written.Succeeded, string.Join("; ", written.Errors));
        Assert.Equal("Siân Jones", Assert.Single((await Skills(database).SkillsOfAsync(garw.Dai, garw.Id)).Offers).AddedByOther);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Another_members_skills_a_non_member_or_another_timebanks_category_is_refused_and_changes_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var (gardening, _, _) = await CategoriesAsync(database, garw);
        var theirs = await ElsewhereCategoryAsync(database, garw);

        Assert.Equal("Timebank.NotYourSkills", Assert.Single((await Skills(database).SetAsync(garw.Edna, garw.Megan, garw.Id, [gardening], [])).Errors).Code);
        Assert.Equal("Timebank.NotAMember", Assert.Single((await Skills(database).SetAsync(garw.Rhys, garw.Rhys, garw.Id, [gardening], [])).Errors).Code);
        var foreign = (await Skills(database).SetAsync(garw.Megan, garw.Megan, garw.Id, [gardening], [theirs, Guid.NewGuid()])).Errors;
        Assert.Equal(("Wants", "Timebank.UnknownCategory"), (Assert.Single(foreign).Field, foreign[0].Code));

        await using var db = await database.OpenContextAsync();
        Assert.False(await db.TimebankMemberSkills.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_request_suggests_the_members_who_say_they_offer_that_help_the_recently_active_first(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var (gardening, _, cooking) = await CategoriesAsync(database, garw);
        var skills = Skills(database);
        Assert.True((await skills.SetAsync(garw.Sian, garw.Dai, garw.Id, [gardening], [])).Succeeded);
        Assert.True((await skills.SetAsync(garw.Megan, garw.Megan, garw.Id, [gardening], [cooking])).Succeeded);
        Assert.True((await skills.SetAsync(garw.Edna, garw.Edna, garw.Id, [cooking], [gardening])).Succeeded);
        // Megan gave Edna an hour this week: she has been active, Dai not.
        var exchanges = database.Exchanges();
        Assert.True((await exchanges.ConfirmAsync(garw.Edna, (await exchanges.RecordAsync(garw.Megan, garw.Id, Details(database, garw.Megan, garw.Edna))).Value!.Id)).Succeeded);

        var offering = await skills.MembersWhoAsync(garw.Id, gardening, PostKind.Offer, excludingId: garw.Edna);
        var wanting = await skills.MembersWhoAsync(garw.Id, gardening, PostKind.Request, excludingId: garw.Megan);
        var notThemselves = await skills.MembersWhoAsync(garw.Id, gardening, PostKind.Offer, excludingId: garw.Megan);

        Assert.Equal(["Megan Price", "Dai Morgan"], offering.Select(m => m.Name));
        Assert.Equal(["Edna Hughes"], wanting.Select(m => m.Name));
        Assert.Equal(["Dai Morgan"], notThemselves.Select(m => m.Name));
        Assert.Empty(await skills.MembersWhoAsync(garw.Elsewhere, gardening, PostKind.Offer, excludingId: garw.Rhys));
    }

    private static MemberSkillService Skills(TestDatabase database) => database.Services.GetRequiredService<MemberSkillService>();

    private static async Task<(Guid Gardening, Guid Lifts, Guid Cooking)> CategoriesAsync(TestDatabase database, Garw garw)
    {
        var all = await database.Posts().CategoriesAsync(garw.Id);
        Guid Named(string name) => all.Single(c => c.Name == name).Id;
        return (Named("Gardening"), Named("Lifts and transport"), Named("Cooking and meals"));
    }

    // Ogmore's own kind of help, which Garw's members can't choose.
    private static async Task<Guid> ElsewhereCategoryAsync(TestDatabase database, Garw garw)
    {
        await using var db = await database.OpenContextAsync();
        var sheepdogs = new SkillCategory(Guid.NewGuid(), garw.Elsewhere, "Sheepdogs", "Cŵn defaid", 500);
        db.TimebankCategories.Add(sheepdogs);
        await db.SaveChangesAsync();
        return sheepdogs.Id;
    }
}
