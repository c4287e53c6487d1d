using Coproduce.Core.Audit;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.People;

/// <summary>Site admins on an installation started with --no-demo: migrated and empty, as the command line finds it.</summary>
public class SiteAdminServiceTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_first_site_admin_is_a_new_person_with_a_confirmed_login_and_no_password_audited_as_the_command_line(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var admins = database.Services.GetRequiredService<SiteAdminService>();

        var added = await admins.AddAsync(" Ffion@Example.org ", "Ffion Hughes");

        Assert.True(added.Succeeded, string.Join("; ", added.Errors));
        Assert.Equal(SiteAdminAddition.Created, added.Value.What);
        Assert.False(added.Value.HasPassword);
        await using var db = await database.OpenContextAsync();
        var person = await db.People.SingleAsync();
        Assert.True(person.IsSiteAdmin);
        Assert.Equal(("Ffion Hughes", Language.English, "Ffion@Example.org"), (person.Profile.Name, person.Profile.Language, person.Profile.Email));
        Assert.Equal(AuditActors.CommandLine, person.CreatedById);
        var login = await db.Users.SingleAsync();
        Assert.Equal(person.Id, login.PersonId);
        Assert.Equal(("Ffion@Example.org", "FFION@EXAMPLE.ORG", "FFION@EXAMPLE.ORG"), (login.UserName, login.NormalizedUserName, login.NormalizedEmail));
        Assert.True(login.EmailConfirmed);
        Assert.True(login.LockoutEnabled);
        Assert.Null(login.PasswordHash);
        Assert.False(string.IsNullOrEmpty(login.SecurityStamp));
        var audit = await db.AuditEntries.OrderBy(e => e.Action).ToListAsync();
        Assert.Equal([AuditActions.PersonCreated, AuditActions.SiteAdminGranted], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.True(e.ByCommandLine && e.SubjectId == person.Id && e.OnBehalfOfId is null));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_command_lines_changes_show_in_the_persons_history_without_a_persons_name(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var added = await database.Services.GetRequiredService<SiteAdminService>().AddAsync("ffion@example.org", language: Language.Welsh);

        var history = await database.Services.GetRequiredService<PeopleService>().HistoryOfAsync(added.Value!.PersonId);

        Assert.Equal(2, history.Count);
        Assert.All(history, line => Assert.True(line.Entry.ByCommandLine && line.ActorName is null));
        Assert.Equal("ffion", added.Value.Name);
        Assert.Equal(Language.Welsh, added.Value.Language);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Adding_a_site_admin_again_changes_nothing_and_a_registered_login_keeps_its_password(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var admins = database.Services.GetRequiredService<SiteAdminService>();
        await admins.AddAsync("ffion@example.org");
        var dewi = await AddLoginAsync(database, "dewi@example.org", confirmed: true, password: "a long password of his");
        var auditBefore = await CountAsync(database, db => db.AuditEntries);

        var again = await admins.AddAsync("FFION@example.org", "Another Name");
        var promoted = await admins.AddAsync("dewi@example.org");

        Assert.Equal(SiteAdminAddition.AlreadySiteAdmin, again.Value!.What);
        Assert.Equal("ffion", again.Value.Name);
        Assert.Equal(SiteAdminAddition.Promoted, promoted.Value!.What);
        Assert.True(promoted.Value.HasPassword);
        Assert.Equal(dewi, promoted.Value.PersonId);
        Assert.Equal(2, await CountAsync(database, db => db.People));
        Assert.Equal(2, await CountAsync(database, db => db.People.Where(p => p.IsSiteAdmin)));
        Assert.Equal(auditBefore + 1, await CountAsync(database, db => db.AuditEntries));
        await using var db = await database.OpenContextAsync();
        Assert.Equal(AuditActions.SiteAdminGranted, (await db.AuditEntries.SingleAsync(e => e.SubjectId == dewi)).Action);
        Assert.NotNull((await db.Users.SingleAsync(u => u.PersonId == dewi)).PasswordHash);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_bad_address_or_a_login_that_never_confirmed_its_address_is_refused_and_nothing_is_written(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var admins = database.Services.GetRequiredService<SiteAdminService>();
        await AddLoginAsync(database, "squatter@example.org", confirmed: false, password: "whoever registered it");
        var peopleBefore = await CountAsync(database, db => db.People);

        var notAnAddress = await admins.AddAsync("not-an-address");
        var notAUserName = await admins.AddAsync("o'brien@example.org");
        var unconfirmed = await admins.AddAsync("squatter@example.org");

        Assert.Equal("People.EmailInvalid", Assert.Single(notAnAddress.Errors).Code);
        Assert.Equal("People.EmailInvalid", Assert.Single(notAUserName.Errors).Code);
        Assert.Equal("People.SiteAdminEmailNotConfirmed", Assert.Single(unconfirmed.Errors).Code);
        Assert.StartsWith("Nid yw'r cyfrif", unconfirmed.Errors[0].Message(LanguageCultures.Welsh), StringComparison.Ordinal);
        Assert.Equal(peopleBefore, await CountAsync(database, db => db.People));
        Assert.Equal(0, await CountAsync(database, db => db.People.Where(p => p.IsSiteAdmin)));
        Assert.Equal(0, await CountAsync(database, db => db.AuditEntries.Where(e => e.Action == AuditActions.SiteAdminGranted)));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Removing_takes_site_admin_away_but_never_from_the_last_and_an_unknown_address_is_refused(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var admins = database.Services.GetRequiredService<SiteAdminService>();
        var ffion = (await admins.AddAsync("ffion@example.org")).Value!;
        var dewi = (await admins.AddAsync("dewi@example.org")).Value!;
        await AddLoginAsync(database, "megan@example.org", confirmed: true, password: "a long password of hers");

        var removed = await admins.RemoveAsync("DEWI@example.org");
        var last = await admins.RemoveAsync("ffion@example.org");
        var unknown = await admins.RemoveAsync("nobody@example.org");
        var notAdmin = await admins.RemoveAsync("megan@example.org");

        Assert.Equal(SiteAdminRemoval.Removed, removed.Value);
        Assert.Equal("People.LastSiteAdmin", Assert.Single(last.Errors).Code);
        Assert.Equal("People.NoOneWithEmail", Assert.Single(unknown.Errors).Code);
        Assert.Equal(SiteAdminRemoval.WasNotSiteAdmin, notAdmin.Value);
        Assert.Equal([ffion.PersonId], (await admins.ListAsync()).Select(a => a.PersonId));
        await using var db = await database.OpenContextAsync();
        var removal = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.SiteAdminRemoved);
        Assert.True(removal.ByCommandLine);
        Assert.Equal(dewi.PersonId, removal.SubjectId);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_removal_waits_for_another_in_flight_and_then_will_not_remove_the_last(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var admins = database.Services.GetRequiredService<SiteAdminService>();
        var ffion = (await admins.AddAsync("ffion@example.org")).Value!;
        await admins.AddAsync("dewi@example.org");

        // Another removal, half done: Ffion's flag is cleared in a transaction that has not committed yet.
        await using var other = await database.OpenContextAsync();
        await using var inFlight = await other.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await other.People.Where(p => p.Id == ffion.PersonId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsSiteAdmin, false), TestContext.Current.CancellationToken);

        var removal = admins.RemoveAsync("dewi@example.org", TestContext.Current.CancellationToken);
        await Task.WhenAny(removal, Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken));
        // Counting two admins now, before the other commits, is exactly the mistake that would leave none.
        Assert.False(removal.IsCompleted, "the removal should wait for the one in flight");
        await inFlight.CommitAsync(TestContext.Current.CancellationToken);

        var refused = await removal;
        Assert.Equal("People.LastSiteAdmin", Assert.Single(refused.Errors).Code);
        Assert.Equal(["dewi"], (await admins.ListAsync(TestContext.Current.CancellationToken)).Select(a => a.Name));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Two_removals_at_once_on_two_app_servers_always_leave_one_site_admin(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = database.Services.GetRequiredService<SiteAdminService>();
        var second = database.StartAppServer().GetRequiredService<SiteAdminService>();
        await first.AddAsync("ffion@example.org");

        for (var round = 0; round < 5; round++)
        {
            await first.AddAsync("ffion@example.org");
            await first.AddAsync("dewi@example.org");

            var outcomes = await Task.WhenAll(first.RemoveAsync("ffion@example.org"), second.RemoveAsync("dewi@example.org"));

            Assert.Equal(1, outcomes.Count(o => o.Succeeded));
            Assert.Equal("People.LastSiteAdmin", Assert.Single(Assert.Single(outcomes, o => !o.Succeeded).Errors).Code);
            Assert.Single(await first.ListAsync());
        }
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_list_says_who_can_sign_in(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var admins = database.Services.GetRequiredService<SiteAdminService>();
        Assert.Empty(await admins.ListAsync());
        await admins.AddAsync("ffion@example.org", "Ffion Hughes");
        await AddLoginAsync(database, "dewi@example.org", confirmed: true, password: "a long password of his");
        await admins.AddAsync("dewi@example.org");

        var listed = await admins.ListAsync();

        Assert.Equal(["dewi", "Ffion Hughes"], listed.Select(a => a.Name));
        Assert.Equal([true, false], listed.Select(a => a.CanSignIn));
        Assert.Equal([true, false], listed.Select(a => a.HasPassword));
        Assert.All(listed, a => Assert.True(a.HasLogin && a.EmailConfirmed));
        Assert.Equal("ffion@example.org", listed[1].Email);
    }

    /// <summary>A person with a login as the web app's registration makes one, for the service to find.</summary>
    private static async Task<Guid> AddLoginAsync(TestDatabase database, string email, bool confirmed, string password)
    {
        var now = database.Clock.GetUtcNow();
        var person = new Person(Guid.CreateVersion7(now), new PersonProfile(email[..email.IndexOf('@', StringComparison.Ordinal)], Language.English, email, null, null, null,
            ConsentChoices.None), now, null, isDemo: false);
        var user = new UserAccount
        {
            Id = Guid.CreateVersion7(now),
            PersonId = person.Id,
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = confirmed,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        user.PasswordHash = new PasswordHasher<UserAccount>().HashPassword(user, password);
        await using var db = await database.OpenContextAsync();
        db.People.Add(person);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return person.Id;
    }

    private static async Task<int> CountAsync<T>(TestDatabase database, Func<CoproduceDbContext, IQueryable<T>> rows)
    {
        await using var db = await database.OpenContextAsync();
        return await rows(db).CountAsync();
    }
}
