using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Hosting;

/// <summary>Wires the database from configuration and migrates it before the first request.</summary>
internal static class DatabaseHosting
{
    /// <summary>Reads the "Database" section (provider, connection string, data folder) and registers Core.</summary>
    public static WebApplicationBuilder AddCoproduceDatabase(this WebApplicationBuilder builder)
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddCoproduceCore(database, builder.Environment.ContentRootPath);
        return builder;
    }

    /// <summary>Creates the data folder and applies migrations; the app does not serve until the schema is current.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>();
        await DatabaseInitializer.InitializeAsync(contexts, app.Lifetime.ApplicationStopping);
    }
}
