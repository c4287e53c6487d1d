using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;
using Coproduce.Core.Audit;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Cli.Tests.Admin;

/// <summary>`coproduce admin` on a database as `--no-demo` leaves it: migrated, with no one in it.</summary>
public partial class AdminCommandTests
{
    private const string NewPassword = "three random words";

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_first_site_admin_gets_a_link_that_the_web_apps_Identity_accepts_once(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var (exitCode, output, _) = await RunAsync(database, "admin", "add", "ffion@example.org", "--name", "Ffion Hughes");

        Assert.Equal(0, exitCode);
        Assert.Contains("Made Ffion Hughes <ffion@example.org> a site admin, with a new login.", output, StringComparison.Ordinal);
        Assert.Contains("it works once, for 24 hours", output, StringComparison.Ordinal);
        var (userId, token) = ReadLink(output, "http://localhost:5080/account/reset-password");
        await using (var db = await database.OpenContextAsync())
        {
            var person = await db.People.SingleAsync();
            Assert.True(person.IsSiteAdmin);
            Assert.Equal(Language.English, person.Profile.Language);
            Assert.Equal(person.Id, (await db.Users.SingleAsync(u => u.Id == userId)).PersonId);
            Assert.Equal([AuditActions.PersonCreated, AuditActions.SiteAdminGranted],
                (await db.AuditEntries.Where(e => e.ActorId == AuditActors.CommandLine).ToListAsync()).Select(e => e.Action).Order());
        }

        // Keys under another application name can't read the token: the shared name is what makes the web accept it.
        await using (var stranger = WebLikeIdentity(database, "SomethingElse"))
        {
            Assert.False((await ResetAsync(stranger, userId, token)).Succeeded);
        }

        await using var web = WebLikeIdentity(database, AccountSettings.DataProtectionApplicationName);
        var reset = await ResetAsync(web, userId, token);
        Assert.True(reset.Succeeded, string.Join("; ", reset.Errors.Select(e => e.Code)));
        var again = await ResetAsync(web, userId, token);
        Assert.Equal("InvalidToken", Assert.Single(again.Errors).Code);
        await using (var scope = web.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var user = await users.FindByEmailAsync("FFION@example.org");
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, NewPassword));
            Assert.True(await users.IsEmailConfirmedAsync(user));
        }

        var (_, listed, _) = await RunAsync(database, "admin", "list");
        Assert.Contains("Ffion Hughes <ffion@example.org>: password set, can sign in", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Welsh_admin_gets_a_link_to_the_Welsh_page_at_the_sites_own_address()
    {
        await using var database = await TestDatabase.CreateAsync(TestProvider.Sqlite);

        var (exitCode, output, _) = await RunAsync(database, "admin", "add", "nia@example.org", "--language", "cy",
            "--site-url", "https://coproduce.example.org/");

        Assert.Equal(0, exitCode);
        var (userId, token) = ReadLink(output, "https://coproduce.example.org/cy/account/reset-password");
        await using var web = WebLikeIdentity(database, AccountSettings.DataProtectionApplicationName);
        Assert.True((await ResetAsync(web, userId, token)).Succeeded);
        await using var db = await database.OpenContextAsync();
        Assert.Equal(Language.Welsh, (await db.People.SingleAsync()).Profile.Language);
    }

    [Fact]
    public async Task Adding_a_site_admin_again_says_so_changes_nothing_and_prints_a_fresh_link_while_they_have_no_password()
    {
        await using var database = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var (_, first, _) = await RunAsync(database, "admin", "add", "ffion@example.org");
        var audit = await CountAsync(database, db => db.AuditEntries);

        var (exitCode, output, error) = await RunAsync(database, "admin", "add", "Ffion@Example.org", "--name", "Someone Else");

        Assert.Equal(0, exitCode);
        Assert.Contains("ffion <ffion@example.org> is a site admin already; nothing changed.", output, StringComparison.Ordinal);
        Assert.Contains("--name and --language are only for a new login", error, StringComparison.Ordinal);
        Assert.Equal(audit, await CountAsync(database, db => db.AuditEntries));
        Assert.Equal(1, await CountAsync(database, db => db.People));
        // The first link lapses after a day; running add again is how to get another, and either works until used.
        var (userId, token) = ReadLink(output, "http://localhost:5080/account/reset-password");
        Assert.Equal(ReadLink(first, "http://localhost:5080/account/reset-password").UserId, userId);
        await using var web = WebLikeIdentity(database, AccountSettings.DataProtectionApplicationName);
        Assert.True((await ResetAsync(web, userId, token)).Succeeded);

        var (_, afterPassword, _) = await RunAsync(database, "admin", "add", "ffion@example.org");
        Assert.DoesNotContain("reset-password", afterPassword, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_takes_site_admin_away_but_never_from_the_last_and_says_why()
    {
        await using var database = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        await RunAsync(database, "admin", "add", "ffion@example.org", "--name", "Ffion Hughes");
        await RunAsync(database, "admin", "add", "dewi@example.org", "--name", "Dewi Morgan");
        var (_, both, _) = await RunAsync(database, "admin", "list");
        Assert.Contains("Site admins: 2", both, StringComparison.Ordinal);
        Assert.Contains("Dewi Morgan <dewi@example.org>: no password yet, so can't sign in", both, StringComparison.Ordinal);

        var (removed, removedOutput, _) = await RunAsync(database, "admin", "remove", "dewi@example.org");
        var (last, _, lastError) = await RunAsync(database, "admin", "remove", "ffion@example.org");
        var (unknown, _, unknownError) = await RunAsync(database, "admin", "remove", "nobody@example.org");
        var (notAdmin, notAdminOutput, _) = await RunAsync(database, "admin", "remove", "dewi@example.org");

        Assert.Equal((0, "dewi@example.org is no longer a site admin."), (removed, removedOutput.Trim()));
        Assert.Equal(1, last);
        Assert.Contains("This is the only site admin: make someone else a site admin first", lastError, StringComparison.Ordinal);
        Assert.Contains("Nothing changed.", lastError, StringComparison.Ordinal);
        Assert.Equal(1, unknown);
        Assert.Contains("No one signs in with this email address.", unknownError, StringComparison.Ordinal);
        Assert.Equal((0, "dewi@example.org is not a site admin; nothing changed."), (notAdmin, notAdminOutput.Trim()));
        var (_, one, _) = await RunAsync(database, "admin", "list");
        Assert.Contains("Site admins: 1", one, StringComparison.Ordinal);
        Assert.Contains("Ffion Hughes", one, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(database, db => db.AuditEntries.Where(e => e.Action == AuditActions.SiteAdminRemoved)));
    }

    [Fact]
    public async Task An_empty_installation_lists_no_one_and_says_how_to_make_the_first()
    {
        await using var database = await TestDatabase.CreateAsync(TestProvider.Sqlite);

        var (exitCode, output, _) = await RunAsync(database, "admin", "list");

        Assert.Equal(0, exitCode);
        Assert.Contains("There are no site admins. Make the first with: coproduce admin add EMAIL", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_that_is_no_address_is_refused_with_exit_1_and_writes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(TestProvider.Sqlite);

        var (exitCode, output, error) = await RunAsync(database, "admin", "add", "ffion.example.org");

        Assert.Equal(1, exitCode);
        Assert.Contains("Enter an email address in the correct format", error, StringComparison.Ordinal);
        Assert.DoesNotContain("http", output, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(database, db => db.People));
    }

    [Theory]
    [InlineData(new[] { "admin", "add" }, "admin add needs the email address")]
    [InlineData(new[] { "admin", "add", "--name", "Ffion" }, "admin add needs the email address")]
    [InlineData(new[] { "admin", "add", "ffion@example.org", "--language", "fr" }, "--language needs en or cy; got 'fr'")]
    [InlineData(new[] { "admin", "add", "ffion@example.org", "--site-url", "ftp://example.org" }, "--site-url needs the address")]
    [InlineData(new[] { "admin", "add", "ffion@example.org", "--site-url", "https://example.org/?a=1" }, "--site-url needs the address")]
    [InlineData(new[] { "admin", "add", "ffion@example.org", "--name" }, "--name needs the name")]
    [InlineData(new[] { "admin", "add", "ffion@example.org", "--data-folder", "/nonexistent/coproduce" }, "There is no database in '/nonexistent/coproduce'")]
    [InlineData(new[] { "admin", "remove" }, "admin remove needs the email address")]
    [InlineData(new[] { "admin", "list", "--colour" }, "Unexpected argument '--colour'")]
    [InlineData(new[] { "admin", "promote" }, "Unknown command: admin promote")]
    public async Task Bad_arguments_get_a_clear_message_and_exit_2(string[] args, string message)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(args);
        Assert.Equal(2, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(TestDatabase database, params string[] args) =>
        CliRunner.RunAsync([.. args, .. CliRunner.DatabaseArguments(database.Options)]);

    /// <summary>The user and the decoded token in the printed link, which must start with <paramref name="page"/>.</summary>
    private static (Guid UserId, string Token) ReadLink(string output, string page)
    {
        var link = Link().Match(output);
        Assert.True(link.Success, output);
        Assert.Equal(page, link.Groups["page"].Value);
        return (Guid.Parse(link.Groups["user"].Value), Encoding.UTF8.GetString(Base64Url.DecodeFromChars(link.Groups["code"].Value)));
    }

    /// <summary>
    /// Identity as the web app sets it up (Web/Identity/IdentityHosting.cs, Web/Security/SharedDataProtection.cs), built
    /// here by hand rather than with the command line's own code, so a difference between the two would show.
    /// </summary>
    private static ServiceProvider WebLikeIdentity(TestDatabase database, string applicationName)
    {
        var services = new ServiceCollection().AddCoproduceCore(database.Options, database.Options.DataFolder);
        services.AddIdentityCore<UserAccount>(AccountSettings.ConfigureIdentity)
            .AddEntityFrameworkStores<CoproduceDbContext>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = AccountSettings.LinkLifespan);
        services.AddDataProtection().SetApplicationName(applicationName).PersistKeysToDbContext<CoproduceDbContext>();
        return services.BuildServiceProvider();
    }

    private static async Task<IdentityResult> ResetAsync(ServiceProvider identity, Guid userId, string token)
    {
        await using var scope = identity.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var user = await users.FindByIdAsync(userId.ToString());
        Assert.NotNull(user);
        return await users.ResetPasswordAsync(user, token, NewPassword);
    }

    private static async Task<int> CountAsync<T>(TestDatabase database, Func<CoproduceDbContext, IQueryable<T>> rows)
    {
        await using var db = await database.OpenContextAsync();
        return await rows(db).CountAsync();
    }

    [GeneratedRegex(@"(?<page>https?://\S+?)\?userId=(?<user>[0-9a-f-]{36})&code=(?<code>[A-Za-z0-9_-]+)")]
    private static partial Regex Link();
}
