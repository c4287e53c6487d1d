using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Coproduce.Testing;

/// <summary>Core's services on a real, migrated, throwaway database, with a fake clock the test controls.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly List<ServiceProvider> servers = [];
    private readonly ThrowawayDatabase database;

    private TestDatabase(ThrowawayDatabase database) => this.database = database;

    /// <summary>The clock every app server of this test shares; starts at a fixed instant.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 28, 18, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    /// <summary>Options that point another program (the CLI, a benchmark) at this database.</summary>
    public DatabaseOptions Options => database.Options;

    /// <summary>The first app server's services.</summary>
    public IServiceProvider Services => servers[0];

    public LedgerService Ledger => Services.GetRequiredService<LedgerService>();

    public LedgerInvariants Invariants => Services.GetRequiredService<LedgerInvariants>();

    public static async Task<TestDatabase> CreateAsync(TestProvider provider)
    {
        var database = new TestDatabase(await ThrowawayDatabase.CreateAsync(provider));
        var first = database.StartAppServer();
        await DatabaseInitializer.InitializeAsync(first.GetRequiredService<IDbContextFactory<CoproduceDbContext>>());
        return database;
    }

    /// <summary>
    /// Another app server on the same database: its own connection pool and its own ledger writer, as a second process
    /// behind a load balancer would have. <paramref name="configure"/> adds what else the test needs on it.
    /// </summary>
    public ServiceProvider StartAppServer(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddCoproduceCore(database.Options, database.Folder);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        servers.Add(provider);
        return provider;
    }

    public async Task<CoproduceDbContext> OpenContextAsync() =>
        await Services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var server in servers)
        {
            await server.DisposeAsync();
        }

        await database.DisposeAsync();
    }
}
