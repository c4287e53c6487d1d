using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Credits.Storage;

internal sealed class CreditActivityConfiguration : IEntityTypeConfiguration<CreditActivity>
{
    public void Configure(EntityTypeBuilder<CreditActivity> activity)
    {
        activity.ToTable("CreditActivities", table => table.HasCheckConstraint("CK_CreditActivities_Credits", "\"CreditsPerSession\" > 0"));
        activity.HasKey(a => a.Id);
        activity.Property(a => a.Id).ValueGeneratedNever();
        activity.Property(a => a.Title).HasMaxLength(CreditActivityService.MaximumTextLength);
        activity.Property(a => a.TitleWelsh).HasMaxLength(CreditActivityService.MaximumTextLength);
        activity.Property(a => a.Restrictions).HasMaxLength(CreditActivityService.MaximumTextLength);
        activity.HasOne<Organisation>().WithMany().HasForeignKey(a => a.NetworkId).OnDelete(DeleteBehavior.Restrict);
        activity.HasOne<Organisation>().WithMany().HasForeignKey(a => a.RunById).OnDelete(DeleteBehavior.Restrict);
        activity.HasIndex(a => a.NetworkId);
    }
}

internal sealed class CreditAwardConfiguration : IEntityTypeConfiguration<CreditAward>
{
    public void Configure(EntityTypeBuilder<CreditAward> award)
    {
        award.ToTable("CreditAwards", table => table.HasCheckConstraint("CK_CreditAwards_Credits", "\"Credits\" > 0"));
        award.HasKey(a => a.Id);
        award.Property(a => a.Id).ValueGeneratedNever();
        award.HasOne<CreditActivity>().WithMany().HasForeignKey(a => a.ActivityId).OnDelete(DeleteBehavior.Restrict);
        award.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        // Once per person per session, whoever takes the register.
        award.HasIndex(a => new { a.ActivityId, a.SessionOn, a.PersonId }).IsUnique();
        award.HasIndex(a => a.PersonId);
    }
}
