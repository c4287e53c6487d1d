using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.People.Storage;

internal sealed class CommissionConfiguration : IEntityTypeConfiguration<Commission>
{
    public void Configure(EntityTypeBuilder<Commission> commission)
    {
        commission.ToTable("Commissions");
        // The key is the rule: a body commissions an organisation once.
        commission.HasKey(c => new { c.CommissioningBodyId, c.OrganisationId });
        commission.HasOne<Organisation>().WithMany().HasForeignKey(c => c.CommissioningBodyId).OnDelete(DeleteBehavior.Restrict);
        commission.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        commission.HasIndex(c => c.OrganisationId);
    }
}
