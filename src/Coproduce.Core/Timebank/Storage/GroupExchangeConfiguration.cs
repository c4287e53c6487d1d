using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Timebank.Storage;

internal sealed class GroupExchangeConfiguration : IEntityTypeConfiguration<GroupExchange>
{
    public void Configure(EntityTypeBuilder<GroupExchange> group)
    {
        group.ToTable("TimebankGroupExchanges", table =>
            table.HasCheckConstraint("CK_TimebankGroupExchanges_Money", "\"MoneyCostPence\" IS NULL OR \"MoneyCostPence\" > 0"));
        group.HasKey(g => g.Id);
        group.Property(g => g.Id).ValueGeneratedNever();
        group.Property(g => g.Direction).HasConversion<int>();
        group.Property(g => g.Description).HasMaxLength(ExchangeService.MaximumDescriptionLength);
        group.Property(g => g.MoneyCostNote).HasMaxLength(GroupExchangeService.MaximumMoneyNoteLength);
        group.HasOne<Organisation>().WithMany().HasForeignKey(g => g.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        group.HasOne<Person>().WithMany().HasForeignKey(g => g.OneId).OnDelete(DeleteBehavior.Restrict);
        group.HasOne<Person>().WithMany().HasForeignKey(g => g.RecordedById).OnDelete(DeleteBehavior.Restrict);
        group.HasIndex(g => new { g.OrganisationId, g.RecordedAt });
    }
}
