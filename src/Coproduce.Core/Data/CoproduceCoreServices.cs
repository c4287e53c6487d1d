using Coproduce.Core.Credits;
using Coproduce.Core.Demo;
using Coproduce.Core.Journeys;
using Coproduce.Core.Ledger;
using Coproduce.Core.Notifications;
using Coproduce.Core.People;
using Coproduce.Core.Timebank;
using Coproduce.Core.Transport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coproduce.Core.Data;

/// <summary>Registers the platform without the web: the database and every capability's services.</summary>
public static class CoproduceCoreServices
{
    /// <summary>The assembly holding SQLite's migrations.</summary>
    public const string SqliteMigrationsAssembly = "Coproduce.Migrations.Sqlite";

    /// <summary>The assembly holding PostgreSQL's migrations.</summary>
    public const string PostgresMigrationsAssembly = "Coproduce.Migrations.Postgres";

    /// <summary>
    /// Adds the database (as <paramref name="database"/> says), its units of work, and every capability: each registers
    /// itself (<c>AddLedger()</c>, <c>AddPeople()</c>, ...), so adding one is one line here. Notifications need the
    /// app's configuration and are added beside this, with <c>AddNotifications</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="database">Which database; a relative SQLite data folder is taken from <paramref name="contentRoot"/>.</param>
    /// <param name="contentRoot">The folder relative paths start from.</param>
    public static IServiceCollection AddCoproduceCore(this IServiceCollection services, DatabaseOptions database, string contentRoot)
    {
        services.AddSingleton(database);
        UseIdentitySchemaWithPasskeys(services);
        services.AddPooledDbContextFactory<CoproduceDbContext>(builder => ConfigureDatabase(builder, database, contentRoot));
        // A context per request or scope, for code that wants one (data-protection keys, pages), from the same pool.
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<CoproduceDbContext>>().CreateDbContext());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        services.AddSingleton<UnitsOfWork>();

        services.AddOutbox();
        services.AddLedger();
        services.AddPeople();
        services.AddTimebank();
        services.AddCredits();
        services.AddTransport();
        services.AddJourneys();
        services.AddSingleton<DemoCommunity>();
        services.AddSingleton<DemoCredits>();
        services.AddSingleton<DemoTransport>();
        return services;
    }

    /// <summary>
    /// A context on its own, outside dependency injection: for `dotnet ef` at design time, where the connection string
    /// only tells EF Core which provider's SQL to write.
    /// </summary>
    public static CoproduceDbContext CreateContext(DatabaseOptions database, string contentRoot)
    {
        var builder = new DbContextOptionsBuilder<CoproduceDbContext>();
        ConfigureDatabase(builder, database, contentRoot);
        builder.UseApplicationServiceProvider(UseIdentitySchemaWithPasskeys(new ServiceCollection()).BuildServiceProvider());
        return new CoproduceDbContext(builder.Options);
    }

    // Identity reads its schema version from the application's services when it builds the model; version 3 adds
    // the passkeys table. Every way of making a context (app, CLI, tests, dotnet ef) must agree, or the model and the
    // migrations would differ.
    private static IServiceCollection UseIdentitySchemaWithPasskeys(IServiceCollection services) =>
        services.Configure<IdentityOptions>(identity => identity.Stores.SchemaVersion = IdentitySchemaVersions.Version3);

    /// <summary>Points EF Core at the configured database and its provider's migrations.</summary>
    /// <exception cref="InvalidOperationException">Postgres is chosen without a connection string.</exception>
    public static DbContextOptionsBuilder ConfigureDatabase(DbContextOptionsBuilder builder, DatabaseOptions database, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(database);
        // An empty setting (an environment variable set to "") means "not configured", not "a file named ''".
        var connectionString = string.IsNullOrWhiteSpace(database.ConnectionString) ? null : database.ConnectionString;
        return database.Provider switch
        {
            DatabaseProvider.Sqlite => builder
                .UseSqlite(connectionString ?? database.SqliteConnectionString(contentRoot),
                    sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
                .AddInterceptors(new SqliteDurabilityInterceptor()),
            DatabaseProvider.Postgres => builder
                .UseNpgsql(connectionString
                        ?? throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is not set."),
                    postgres => postgres.MigrationsAssembly(PostgresMigrationsAssembly)),
            _ => throw new InvalidOperationException($"Unknown database provider '{database.Provider}'."),
        };
    }
}
