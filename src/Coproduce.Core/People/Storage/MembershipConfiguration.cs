using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.People.Storage;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> membership)
    {
        membership.ToTable("Memberships");
        membership.HasKey(m => m.Id);
        membership.Property(m => m.Id).ValueGeneratedNever();
        membership.Property(m => m.Role).HasConversion<int>();
        membership.Property(m => m.EndReason).HasMaxLength(MembershipEnding.MaximumReasonLength);
        // Two coordinators deciding one request at once: the second save finds the status changed and is refused.
        membership.Property(m => m.Status).HasConversion<int>().IsConcurrencyToken();
        membership.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        membership.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // One row per role: asking twice, or two coordinators approving at once, can't make two.
        membership.HasIndex(m => new { m.PersonId, m.OrganisationId, m.Role }).IsUnique();
        // Holds the person too, so an organisation's member counts are read from the index without the rows.
        membership.HasIndex(m => new { m.OrganisationId, m.Status, m.PersonId });
    }
}
