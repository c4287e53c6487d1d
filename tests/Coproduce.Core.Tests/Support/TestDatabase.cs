using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Coproduce.Core.Tests.Support;

/// <summary>
/// A real, empty, migrated database for one test: a SQLite file in a temporary folder, or a fresh database on the
/// PostgreSQL server named by COPRODUCE_TEST_POSTGRES. Dropped when the test ends.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly List<ServiceProvider> servers = [];
    private readonly string? sqliteFolder;
    private readonly string? postgresDatabase;

    private TestDatabase(TestProvider provider, DatabaseOptions options, string? sqliteFolder, string? postgresDatabase)
    {
        Provider = provider;
        Options = options;
        this.sqliteFolder = sqliteFolder;
        this.postgresDatabase = postgresDatabase;
    }

    public TestProvider Provider { get; }

    public DatabaseOptions Options { get; }

    /// <summary>The clock every app server of this test shares; starts at a fixed instant.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 28, 18, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    /// <summary>The first app server's services.</summary>
    public IServiceProvider Services => servers[0];

    public LedgerService Ledger => Services.GetRequiredService<LedgerService>();

    public LedgerInvariants Invariants => Services.GetRequiredService<LedgerInvariants>();

    public static async Task<TestDatabase> CreateAsync(TestProvider provider)
    {
        TestDatabase database;
        if (provider == TestProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("coproduce-test-").FullName;
            database = new TestDatabase(provider, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataFolder = folder }, folder, null);
        }
        else
        {
            var server = TestEnvironment.RequirePostgres();
            var name = "coproduce_test_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await create.ExecuteNonQueryAsync();
            }

            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            database = new TestDatabase(provider, new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString }, null, name);
        }

        var first = database.StartAppServer();
        await DatabaseInitializer.InitializeAsync(first.GetRequiredService<IDbContextFactory<CoproduceDbContext>>());
        return database;
    }

    /// <summary>
    /// Another app server on the same database: its own connection pool and its own ledger writer, as a second process
    /// behind a load balancer would have.
    /// </summary>
    public ServiceProvider StartAppServer()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddCoproduceCore(Options, sqliteFolder ?? Directory.GetCurrentDirectory());
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

        if (sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(sqliteFolder, recursive: true);
        }

        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestEnvironment.RequirePostgres());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
