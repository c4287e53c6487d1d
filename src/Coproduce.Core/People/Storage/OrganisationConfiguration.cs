using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.People.Storage;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.ToTable("Organisations", table =>
        {
            // The kinds and statuses there are; a retired kind's number (2, 5) is never stored again.
            table.HasCheckConstraint("CK_Organisations_Kind", "\"Kind\" IN (0, 1, 3, 4, 6, 7, 8)");
            // A suspension always says when and why; an active organisation carries no stale reason.
            table.HasCheckConstraint("CK_Organisations_Status",
                "(\"Status\" = 0 AND \"SuspendedAt\" IS NULL AND \"SuspensionReason\" IS NULL) "
                + "OR (\"Status\" = 1 AND \"SuspendedAt\" IS NOT NULL AND \"SuspensionReason\" IS NOT NULL)");
        });
        organisation.HasKey(o => o.Id);
        organisation.Property(o => o.Id).ValueGeneratedNever();
        organisation.Property(o => o.Name).HasMaxLength(OrganisationRules.MaximumNameLength);
        organisation.Property(o => o.NameWelsh).HasMaxLength(OrganisationRules.MaximumNameLength);
        organisation.Property(o => o.Area).HasMaxLength(OrganisationRules.MaximumAreaLength);
        organisation.Property(o => o.Email).HasMaxLength(PeopleRules.MaximumEmailLength);
        organisation.Property(o => o.Phone).HasMaxLength(PeopleRules.MaximumPhoneLength);
        organisation.Property(o => o.Address).HasMaxLength(PeopleRules.MaximumAddressLength);
        organisation.Property(o => o.Description).HasMaxLength(OrganisationRules.MaximumDescriptionLength);
        organisation.Property(o => o.DescriptionWelsh).HasMaxLength(OrganisationRules.MaximumDescriptionLength);
        organisation.Property(o => o.SuspensionReason).HasMaxLength(OrganisationRules.MaximumReasonLength);
        organisation.Property(o => o.Kind).HasConversion<int>();
        organisation.Property(o => o.Status).HasConversion<int>();
        organisation.Property(o => o.SortName).HasMaxLength(OrganisationSearch.MaximumNameKeyLength);
        organisation.Property(o => o.SortNameWelsh).HasMaxLength(OrganisationSearch.MaximumNameKeyLength);
        organisation.Property(o => o.SearchText).HasMaxLength(OrganisationSearch.MaximumSearchTextLength);
        organisation.Ignore(o => o.IsSuspended);
        // Lists are in name order, a page at a time; a name is unique only within its area, which OrganisationName keeps.
        organisation.HasIndex(o => o.SortName);
        organisation.HasIndex(o => o.SortNameWelsh);
        organisation.HasMany(o => o.Names).WithOne().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        organisation.Navigation(o => o.Names).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("names");
    }
}
