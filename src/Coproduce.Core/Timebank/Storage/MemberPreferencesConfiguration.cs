using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Timebank.Storage;

internal sealed class MemberPreferencesConfiguration : IEntityTypeConfiguration<MemberPreferences>
{
    public void Configure(EntityTypeBuilder<MemberPreferences> preferences)
    {
        preferences.ToTable("TimebankMemberPreferences");
        preferences.HasKey(p => new { p.OrganisationId, p.PersonId });
        preferences.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        preferences.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrustedMemberConfiguration : IEntityTypeConfiguration<TrustedMember>
{
    public void Configure(EntityTypeBuilder<TrustedMember> trust)
    {
        trust.ToTable("TimebankTrustedMembers");
        // Recording an exchange asks "does the other one trust me?" by this whole key.
        trust.HasKey(t => new { t.OrganisationId, t.PersonId, t.TrustedId });
        trust.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        trust.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Restrict);
        trust.HasOne<Person>().WithMany().HasForeignKey(t => t.TrustedId).OnDelete(DeleteBehavior.Restrict);
    }
}
