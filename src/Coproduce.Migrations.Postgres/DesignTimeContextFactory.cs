using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Coproduce.Migrations.Postgres;

/// <summary>
/// Lets `dotnet ef migrations add` build the model for this provider. It never connects:
/// the connection string only tells EF Core which provider to use.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<CoproduceDbContext>
{
    public CoproduceDbContext CreateDbContext(string[] args)
    {
        var database = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=coproduce_design" };
        var builder = new DbContextOptionsBuilder<CoproduceDbContext>();
        CoproduceCoreServices.ConfigureDatabase(builder, database, Directory.GetCurrentDirectory());
        return new CoproduceDbContext(builder.Options);
    }
}
