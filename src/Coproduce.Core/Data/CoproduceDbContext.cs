using Coproduce.Core.Ledger;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Data;

/// <summary>The one database of an installation. Each capability maps its own tables in its Storage folder.</summary>
public sealed class CoproduceDbContext(DbContextOptions<CoproduceDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>Accounts of time credits.</summary>
    public DbSet<LedgerAccount> LedgerAccounts => Set<LedgerAccount>();

    /// <summary>Every movement of credits, never changed or deleted.</summary>
    public DbSet<Transfer> Transfers => Set<Transfer>();

    /// <summary>Every email and text, sent or waiting, in the person's language.</summary>
    public DbSet<Notifications.OutboxMessage> OutboxMessages => Set<Notifications.OutboxMessage>();

    /// <summary>The keys that protect cookies and antiforgery tokens, shared by every app server.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

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
