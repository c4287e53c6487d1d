using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Ledger.Storage;

internal sealed class LedgerAccountConfiguration : IEntityTypeConfiguration<LedgerAccount>
{
    public void Configure(EntityTypeBuilder<LedgerAccount> account)
    {
        account.ToTable("LedgerAccounts", table =>
        {
            // The database itself refuses a balance beyond its limits, whatever code or server writes it.
            table.HasCheckConstraint("CK_LedgerAccounts_Minimum",
                "\"MinimumBalanceMinutes\" IS NULL OR \"BalanceMinutes\" >= \"MinimumBalanceMinutes\"");
            table.HasCheckConstraint("CK_LedgerAccounts_Maximum",
                "\"MaximumBalanceMinutes\" IS NULL OR \"BalanceMinutes\" <= \"MaximumBalanceMinutes\"");
        });
        account.HasKey(a => a.Id);
        account.Property(a => a.Id).ValueGeneratedNever();
        account.Property(a => a.Name).HasMaxLength(LedgerService.MaximumNameLength);
        account.Property(a => a.OwnerKind).HasConversion<int>();

        // Only the ledger's posting changes a balance, with a conditional update; the token catches anything else.
        account.Property(a => a.BalanceMinutes).IsConcurrencyToken();
        account.Property(a => a.Purpose).HasConversion<int>();
        account.HasIndex(a => new { a.OwnerKind, a.OwnerId });

        // One open account of their own per member at an organisation: two servers opening a member's first account
        // at once (two coordinators confirming their first exchange) meet here, and the second act runs again and finds it.
        account.HasIndex(a => new { a.OwnerId, a.HeldAtOrganisationId }, "IX_LedgerAccounts_OpenMemberAccount").IsUnique()
            .HasFilter($"\"OwnerKind\" = {(int)AccountOwnerKind.Member} AND \"Purpose\" = {(int)AccountPurpose.Own} AND \"ClosedAt\" IS NULL AND \"HeldAtOrganisationId\" IS NOT NULL");

        // One community pot, issuing account or notes account per organisation, whichever server opens it first.
        account.HasIndex(a => new { a.HeldAtOrganisationId, a.Purpose }, "IX_LedgerAccounts_OnePerPurpose").IsUnique()
            .HasFilter($"\"Purpose\" <> {(int)AccountPurpose.Own}");
    }
}
