using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Data;

/// <summary>The one database of an installation. Each capability maps its own tables in its Storage folder.</summary>
public sealed class CoproduceDbContext(DbContextOptions<CoproduceDbContext> options) : DbContext(options)
{
    /// <summary>Accounts of time credits.</summary>
    public DbSet<LedgerAccount> LedgerAccounts => Set<LedgerAccount>();

    /// <summary>Every movement of credits, never changed or deleted.</summary>
    public DbSet<Transfer> Transfers => Set<Transfer>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CoproduceDbContext).Assembly);

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite can't compare or order DateTimeOffset stored as text; UTC ticks as an integer sort and compare exactly.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }
}
