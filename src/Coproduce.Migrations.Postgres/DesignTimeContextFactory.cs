using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Coproduce.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider. It never connects.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<CoproduceDbContext>
{
    public CoproduceDbContext CreateDbContext(string[] args) => CoproduceCoreServices.CreateContext(
        new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=coproduce_design" },
        Directory.GetCurrentDirectory());
}
