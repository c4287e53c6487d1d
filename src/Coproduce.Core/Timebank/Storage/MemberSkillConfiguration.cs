using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Timebank.Storage;

internal sealed class MemberSkillConfiguration : IEntityTypeConfiguration<MemberSkill>
{
    public void Configure(EntityTypeBuilder<MemberSkill> skill)
    {
        skill.ToTable("TimebankMemberSkills");
        skill.HasKey(s => new { s.OrganisationId, s.PersonId, s.CategoryId, s.Kind });
        // Suggested matches ask "who in this timebank offers gardening?".
        skill.HasIndex(s => new { s.OrganisationId, s.CategoryId, s.Kind });
        skill.Property(s => s.Kind).HasConversion<int>();
        skill.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        skill.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        skill.HasOne<Person>().WithMany().HasForeignKey(s => s.AddedById).OnDelete(DeleteBehavior.Restrict);
        skill.HasOne<SkillCategory>().WithMany().HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
