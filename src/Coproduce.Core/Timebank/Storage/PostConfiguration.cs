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

internal sealed class PostConfiguration : IEntityTypeConfiguration<TimebankPost>
{
    public void Configure(EntityTypeBuilder<TimebankPost> post)
    {
        post.ToTable("TimebankPosts");
        post.HasKey(p => p.Id);
        post.Property(p => p.Id).ValueGeneratedNever();
        post.Property(p => p.Kind).HasConversion<int>();
        post.Property(p => p.Status).HasConversion<int>();
        post.Property(p => p.Title).HasMaxLength(PostService.MaximumTitleLength);
        post.Property(p => p.Description).HasMaxLength(PostService.MaximumDescriptionLength);
        post.Property(p => p.Area).HasMaxLength(PostService.MaximumAreaLength);
        post.Property(p => p.Availability).HasMaxLength(PostService.MaximumAvailabilityLength);
        post.Property(p => p.SearchText).HasMaxLength(PostService.MaximumSearchTextLength);
        post.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        post.HasOne<Person>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        post.HasOne<SkillCategory>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        post.HasIndex(p => new { p.OrganisationId, p.Status, p.EndsOn });
        post.HasIndex(p => new { p.OrganisationId, p.AuthorId });
    }
}

internal sealed class PostResponseConfiguration : IEntityTypeConfiguration<PostResponse>
{
    public void Configure(EntityTypeBuilder<PostResponse> response)
    {
        response.ToTable("TimebankPostResponses");
        response.HasKey(r => r.Id);
        response.Property(r => r.Id).ValueGeneratedNever();
        response.Property(r => r.Message).HasMaxLength(PostService.MaximumMessageLength);
        response.HasOne<TimebankPost>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Restrict);
        response.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        response.HasIndex(r => r.PostId);
    }
}
