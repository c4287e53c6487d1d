using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Credits.Storage;

internal sealed class CreditPartnerConfiguration : IEntityTypeConfiguration<CreditPartner>
{
    public void Configure(EntityTypeBuilder<CreditPartner> partner)
    {
        partner.ToTable("CreditPartners");
        partner.HasKey(p => p.Id);
        partner.Property(p => p.Id).ValueGeneratedNever();
        partner.Property(p => p.CounterPasscodeHash).HasMaxLength(200);
        partner.HasOne<Organisation>().WithMany().HasForeignKey(p => p.NetworkId).OnDelete(DeleteBehavior.Restrict);
        partner.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        partner.HasOne<LedgerAccount>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Restrict);
        // An organisation joins a network once, whichever admin or server adds it.
        partner.HasIndex(p => new { p.NetworkId, p.OrganisationId }).IsUnique();
        partner.HasIndex(p => p.OrganisationId);
    }
}
