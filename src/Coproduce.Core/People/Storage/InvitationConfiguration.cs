using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.People.Storage;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> invitation)
    {
        invitation.ToTable("Invitations");
        invitation.HasKey(i => i.Id);
        invitation.Property(i => i.Id).ValueGeneratedNever();
        invitation.Property(i => i.Email).HasMaxLength(PeopleRules.MaximumEmailLength);
        invitation.Property(i => i.EmailKey).HasMaxLength(PeopleRules.MaximumEmailLength);
        invitation.Property(i => i.Role).HasConversion<int>();
        invitation.Property(i => i.Language).HasConversion<int>();
        // Two coordinators resending, withdrawing or accepting at once: the second save finds it changed.
        invitation.Property(i => i.Status).HasConversion<int>().IsConcurrencyToken();
        invitation.Property(i => i.SecretHash).HasMaxLength(32).IsConcurrencyToken();
        invitation.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        invitation.HasOne<Person>().WithMany().HasForeignKey(i => i.InvitedById).OnDelete(DeleteBehavior.Restrict);
        // One waiting invitation per address and role in an organisation, even when two servers send one at once.
        invitation.HasIndex(i => new { i.OrganisationId, i.EmailKey, i.Role }).IsUnique().HasFilter("\"Status\" = 0");
        invitation.HasIndex(i => new { i.OrganisationId, i.Status, i.SentAt });
    }
}
