using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Coproduce.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider. It never connects.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<CoproduceDbContext>
{
    public CoproduceDbContext CreateDbContext(string[] args) => CoproduceCoreServices.CreateContext(
        new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" },
        Directory.GetCurrentDirectory());
}
