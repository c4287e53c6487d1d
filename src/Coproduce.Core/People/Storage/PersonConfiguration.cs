using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.People.Storage;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.ToTable("People");
        person.HasKey(p => p.Id);
        person.Property(p => p.Id).ValueGeneratedNever();
        person.Property(p => p.SortName).HasMaxLength(PersonSearch.MaximumSortNameLength);
        person.Property(p => p.SearchText).HasMaxLength(PersonSearch.MaximumSearchTextLength);
        // Member lists are paged in name order; the index lets the database read a page without sorting everyone.
        person.HasIndex(p => new { p.SortName, p.Id });
        person.ComplexProperty(p => p.Profile, profile =>
        {
            profile.Property(p => p.Name).HasColumnName("Name").HasMaxLength(PeopleRules.MaximumNameLength);
            profile.Property(p => p.Language).HasColumnName("Language").HasConversion<int>();
            profile.Property(p => p.Email).HasColumnName("Email").HasMaxLength(PeopleRules.MaximumEmailLength);
            profile.Property(p => p.Phone).HasColumnName("Phone").HasMaxLength(PeopleRules.MaximumPhoneLength);
            profile.Property(p => p.Address).HasColumnName("Address").HasMaxLength(PeopleRules.MaximumAddressLength);
            profile.Property(p => p.AccessibilityNeeds).HasColumnName("AccessibilityNeeds").HasMaxLength(PeopleRules.MaximumNeedsLength);
            profile.Property(p => p.WrittenIn).HasColumnName("TextLanguage").HasConversion<int?>();
            profile.ComplexProperty(p => p.Consent, consent =>
            {
                consent.Property(c => c.ContactByEmail).HasColumnName("ConsentContactByEmail");
                consent.Property(c => c.ContactByPhone).HasColumnName("ConsentContactByPhone");
                consent.Property(c => c.ShareStoryAsEvidence).HasColumnName("ConsentShareStoryAsEvidence");
                consent.Property(c => c.AgreedOn).HasColumnName("ConsentAgreedOn");
            });
        });
    }
}
