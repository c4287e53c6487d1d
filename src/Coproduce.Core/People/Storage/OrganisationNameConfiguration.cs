using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.People.Storage;

internal sealed class OrganisationNameConfiguration : IEntityTypeConfiguration<OrganisationName>
{
    public void Configure(EntityTypeBuilder<OrganisationName> name)
    {
        name.ToTable("OrganisationNames");
        // The key is the rule: one organisation per folded name in an area, whichever language the name is in.
        name.HasKey(n => new { n.AreaKey, n.NameKey });
        name.Property(n => n.AreaKey).HasMaxLength(OrganisationSearch.MaximumAreaKeyLength);
        name.Property(n => n.NameKey).HasMaxLength(OrganisationSearch.MaximumNameKeyLength);
        name.HasIndex(n => n.OrganisationId);
    }
}
