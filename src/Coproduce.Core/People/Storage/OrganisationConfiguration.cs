using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.People.Storage;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.ToTable("Organisations");
        organisation.HasKey(o => o.Id);
        organisation.Property(o => o.Id).ValueGeneratedNever();
        organisation.Property(o => o.Name).HasMaxLength(PeopleRules.MaximumOrganisationNameLength);
        organisation.Property(o => o.NameWelsh).HasMaxLength(PeopleRules.MaximumOrganisationNameLength);
        organisation.Property(o => o.Description).HasMaxLength(PeopleRules.MaximumDescriptionLength);
        organisation.Property(o => o.DescriptionWelsh).HasMaxLength(PeopleRules.MaximumDescriptionLength);
        organisation.Property(o => o.Kind).HasConversion<int>();
        organisation.HasIndex(o => o.Name).IsUnique();
    }
}
