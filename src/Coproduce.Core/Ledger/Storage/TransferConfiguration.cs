using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Ledger.Storage;

internal sealed class TransferConfiguration : IEntityTypeConfiguration<Transfer>
{
    public void Configure(EntityTypeBuilder<Transfer> transfer)
    {
        transfer.ToTable("Transfers", table =>
        {
            table.HasCheckConstraint("CK_Transfers_PositiveAmount", "\"Minutes\" > 0");
            table.HasCheckConstraint("CK_Transfers_TwoAccounts", "\"FromAccountId\" <> \"ToAccountId\"");
        });

        // The running number is the key: it orders statements the way transfers were applied.
        transfer.HasKey(t => t.Number);
        transfer.Property(t => t.Number).ValueGeneratedOnAdd();
        transfer.HasAlternateKey(t => t.Id);
        transfer.Ignore(t => t.Amount);

        transfer.Property(t => t.Kind).HasConversion<int>();
        transfer.Property(t => t.Description).HasMaxLength(LedgerService.MaximumDescriptionLength);
        transfer.Property(t => t.IdempotencyKey).HasMaxLength(LedgerService.MaximumKeyLength);

        transfer.HasIndex(t => t.IdempotencyKey).IsUnique();
        // A transfer can be reversed once: the database refuses a second reversal from any server. Filtered, so the
        // ordinary transfer (no reversal) costs this index nothing on insert.
        transfer.HasIndex(t => t.ReversesTransferId).IsUnique().HasFilter("\"ReversesTransferId\" IS NOT NULL");

        // Statements read an account's transfers in order; every index is written on every insert, so no more than these.
        transfer.HasIndex(t => new { t.FromAccountId, t.Number });
        transfer.HasIndex(t => new { t.ToAccountId, t.Number });

        transfer.HasOne<LedgerAccount>().WithMany().HasForeignKey(t => t.FromAccountId).OnDelete(DeleteBehavior.Restrict);
        transfer.HasOne<LedgerAccount>().WithMany().HasForeignKey(t => t.ToAccountId).OnDelete(DeleteBehavior.Restrict);
        transfer.HasOne<Transfer>().WithOne().HasForeignKey<Transfer>(t => t.ReversesTransferId)
            .HasPrincipalKey<Transfer>(t => t.Id).OnDelete(DeleteBehavior.Restrict);
    }
}
