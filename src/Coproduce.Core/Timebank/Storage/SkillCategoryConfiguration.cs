using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Timebank.Storage;

internal sealed class SkillCategoryConfiguration : IEntityTypeConfiguration<SkillCategory>
{
    public void Configure(EntityTypeBuilder<SkillCategory> category)
    {
        category.ToTable("TimebankCategories");
        category.HasKey(c => c.Id);
        category.Property(c => c.Id).ValueGeneratedNever();
        category.Property(c => c.Name).HasMaxLength(PostService.MaximumCategoryNameLength);
        category.Property(c => c.NameWelsh).HasMaxLength(PostService.MaximumCategoryNameLength);
        category.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        category.HasIndex(c => c.OrganisationId);
        category.HasData(SkillCategory.Seeded.Select(c => new { c.Id, c.OrganisationId, c.Name, c.NameWelsh, c.SortOrder }));
    }
}
