using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Timebank.Storage;

internal sealed class ExchangeConfiguration : IEntityTypeConfiguration<Exchange>
{
    public void Configure(EntityTypeBuilder<Exchange> exchange)
    {
        exchange.ToTable("TimebankExchanges", table =>
        {
            table.HasCheckConstraint("CK_TimebankExchanges_TwoPeople", "\"GiverId\" <> \"ReceiverId\"");
            table.HasCheckConstraint("CK_TimebankExchanges_Minutes", "\"Minutes\" > 0");
        });
        exchange.HasKey(e => e.Id);
        exchange.Property(e => e.Id).ValueGeneratedNever();
        exchange.Property(e => e.Description).HasMaxLength(ExchangeService.MaximumDescriptionLength);
        exchange.Property(e => e.DeclineReason).HasMaxLength(ExchangeService.MaximumDescriptionLength);
        exchange.Property(e => e.Status).HasConversion<int>().IsConcurrencyToken();
        exchange.Ignore(e => e.Amount);
        exchange.Ignore(e => e.RecordedOnBehalf);
        exchange.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        exchange.HasOne<Person>().WithMany().HasForeignKey(e => e.GiverId).OnDelete(DeleteBehavior.Restrict);
        exchange.HasOne<Person>().WithMany().HasForeignKey(e => e.ReceiverId).OnDelete(DeleteBehavior.Restrict);
        exchange.HasOne<SkillCategory>().WithMany().HasForeignKey(e => e.CategoryId).OnDelete(DeleteBehavior.Restrict);
        exchange.HasOne<TimebankPost>().WithMany().HasForeignKey(e => e.PostId).OnDelete(DeleteBehavior.Restrict);
        exchange.HasOne<GroupExchange>().WithMany().HasForeignKey(e => e.GroupExchangeId).OnDelete(DeleteBehavior.Restrict);
        exchange.HasIndex(e => new { e.OrganisationId, e.GiverId });
        exchange.HasIndex(e => new { e.OrganisationId, e.ReceiverId });
        exchange.HasIndex(e => new { e.OrganisationId, e.Status });
        exchange.HasIndex(e => e.AcceptsAt);
    }
}
