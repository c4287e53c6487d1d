using System.Security.Cryptography;
using System.Text;
using Coproduce.Core.Audit;
using Coproduce.Core.Demo;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.People;

public class ApiTokenTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Only_an_organisation_admin_or_a_site_admin_makes_and_revokes_tokens(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (tokens, timebank, people) = await SeedDemoAsync(database);

        var byCoordinator = await tokens.CreateAsync(people["sian@coproduce.test"], timebank, "Council CRM");
        var byMember = await tokens.CreateAsync(people["megan@coproduce.test"], timebank, "Council CRM");
        var blankName = await tokens.CreateAsync(people["gareth@coproduce.test"], timebank, "   ");
        var unknownOrganisation = await tokens.CreateAsync(people["gareth@coproduce.test"], Guid.NewGuid(), "Council CRM");
        var byAdmin = await tokens.CreateAsync(people["gareth@coproduce.test"], timebank, " Council CRM ");
        var bySiteAdmin = await tokens.CreateAsync(people["admin@coproduce.test"], timebank, "Partner bookings");

        Assert.Equal("ApiTokens.NotOrganisationAdmin", Assert.Single(byCoordinator.Errors).Code);
        Assert.Equal("ApiTokens.NotOrganisationAdmin", Assert.Single(byMember.Errors).Code);
        Assert.Equal("Name", Assert.Single(blankName.Errors).Field);
        Assert.Equal("People.UnknownOrganisation", Assert.Single(unknownOrganisation.Errors).Code);
        Assert.Contains("gweinyddwr", byCoordinator.Errors[0].Message(LanguageCultures.Welsh), StringComparison.Ordinal);
        Assert.True(byAdmin.Succeeded, string.Join("; ", byAdmin.Errors));
        Assert.True(bySiteAdmin.Succeeded, string.Join("; ", bySiteAdmin.Errors));
        Assert.Equal("Council CRM", byAdmin.Value.Token.Name);
        Assert.StartsWith(byAdmin.Value.Token.Prefix, byAdmin.Value.Secret, StringComparison.Ordinal);
        Assert.Equal(2, (await tokens.ListAsync(timebank)).Count);

        var revokedByCoordinator = await tokens.RevokeAsync(people["sian@coproduce.test"], byAdmin.Value.Token.Id);
        Assert.Equal("ApiTokens.NotOrganisationAdmin", Assert.Single(revokedByCoordinator.Errors).Code);
        Assert.NotNull(await tokens.AuthenticateAsync(byAdmin.Value.Secret));

        var revoked = await tokens.RevokeAsync(people["gareth@coproduce.test"], byAdmin.Value.Token.Id);
        var again = await tokens.RevokeAsync(people["gareth@coproduce.test"], byAdmin.Value.Token.Id);

        Assert.True(revoked.Succeeded);
        Assert.Equal("ApiTokens.AlreadyRevoked", Assert.Single(again.Errors).Code);
        await using var db = await database.OpenContextAsync();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.ApiTokenCreated));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.ApiTokenRevoked));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Only_the_exact_secret_of_an_active_token_authenticates_and_only_its_hash_is_kept(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (tokens, timebank, people) = await SeedDemoAsync(database);
        var gareth = people["gareth@coproduce.test"];
        var created = (await tokens.CreateAsync(gareth, timebank, "Council CRM")).Value!;
        var secret = created.Secret;

        var found = await tokens.AuthenticateAsync(secret);

        Assert.Equal(created.Token.Id, found?.Id);
        Assert.Equal(timebank, found?.OrganisationId);
        Assert.Equal(gareth, found?.CreatedById);
        var lastChar = secret[^1] == 'A' ? "B" : "A";
        Assert.Null(await tokens.AuthenticateAsync(secret[..^1] + lastChar));
        Assert.Null(await tokens.AuthenticateAsync(created.Token.Prefix));
        Assert.Null(await tokens.AuthenticateAsync(string.Empty));
        Assert.Null(await tokens.AuthenticateAsync("not a token"));

        await using (var db = await database.OpenContextAsync())
        {
            var stored = await db.ApiTokens.SingleAsync();
            Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), stored.SecretHash);
            Assert.Equal(secret[..ApiToken.PrefixLength], stored.Prefix);
            Assert.NotNull(stored.LastUsedAt);
        }

        await tokens.RevokeAsync(gareth, created.Token.Id);
        Assert.Null(await tokens.AuthenticateAsync(secret));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_token_list_is_newest_first_and_bounded_in_the_database(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (tokens, timebank, people) = await SeedDemoAsync(database);
        foreach (var name in new[] { "First", "Second", "Third" })
        {
            Assert.True((await tokens.CreateAsync(people["gareth@coproduce.test"], timebank, name)).Succeeded);
        }

        Assert.Equal(["Third", "Second"], (await tokens.ListAsync(timebank, limit: 2)).Select(t => t.Name));
        Assert.Equal(3, (await tokens.ListAsync(timebank, limit: 1_000_000)).Count);
    }

    private static async Task<(ApiTokenService Tokens, Guid Timebank, Dictionary<string, Guid> People)> SeedDemoAsync(TestDatabase database)
    {
        Assert.True(await database.Services.GetRequiredService<DemoCommunity>().SeedIfEmptyAsync());
        await using var db = await database.OpenContextAsync();
        var timebank = await db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync();
        var people = await db.People.Where(p => p.Profile.Email != null).ToDictionaryAsync(p => p.Profile.Email!, p => p.Id);
        return (database.Services.GetRequiredService<ApiTokenService>(), timebank, people);
    }
}
