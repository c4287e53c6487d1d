using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Data;

/// <summary>Brings the database up to date on start: creates SQLite's data folder, turns on WAL, applies migrations.</summary>
public static class DatabaseInitializer
{
    /// <summary>
    /// Migrates the database. Several app servers may start at once on PostgreSQL: EF Core's migration lock lets one migrate
    /// while the others wait.
    /// </summary>
    public static async Task InitializeAsync(IDbContextFactory<CoproduceDbContext> contexts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            CreateSqliteFolder(db.Database.GetConnectionString());
            await db.Database.OpenConnectionAsync(cancellationToken);
            // WAL lets readers carry on while a batch commits; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        await People.PeopleService.FillMissingSearchTextAsync(contexts, cancellationToken);
        await People.OrganisationService.FillMissingSearchTextAsync(contexts, cancellationToken);
    }

    /// <summary>Whether the database answers a trivial query; for /health.</summary>
    public static async Task<bool> AnswersAsync(IDbContextFactory<CoproduceDbContext> contexts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            // A query on a real table checks the schema is there, not only that a connection opens.
            _ = await db.LedgerAccounts.AnyAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return false;
        }
    }

    private static void CreateSqliteFolder(string? connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
