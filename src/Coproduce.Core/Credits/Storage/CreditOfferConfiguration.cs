using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Credits.Storage;

internal sealed class CreditOfferConfiguration : IEntityTypeConfiguration<CreditOffer>
{
    public void Configure(EntityTypeBuilder<CreditOffer> offer)
    {
        offer.ToTable("CreditOffers", table =>
        {
            table.HasCheckConstraint("CK_CreditOffers_Prices", "\"AdultPrice\" > 0 AND \"ChildPrice\" >= 0");
            table.HasCheckConstraint("CK_CreditOffers_Places", "\"DailyPlaces\" IS NULL OR \"DailyPlaces\" > 0");
        });
        offer.HasKey(o => o.Id);
        offer.Property(o => o.Id).ValueGeneratedNever();
        offer.Property(o => o.Title).HasMaxLength(CreditSpendingService.MaximumTextLength);
        offer.Property(o => o.TitleWelsh).HasMaxLength(CreditSpendingService.MaximumTextLength);
        offer.Property(o => o.Restrictions).HasMaxLength(CreditSpendingService.MaximumTextLength);
        offer.HasOne<Organisation>().WithMany().HasForeignKey(o => o.NetworkId).OnDelete(DeleteBehavior.Restrict);
        offer.HasOne<Organisation>().WithMany().HasForeignKey(o => o.PartnerId).OnDelete(DeleteBehavior.Restrict);
        offer.HasIndex(o => new { o.NetworkId, o.PartnerId });
    }
}

internal sealed class CreditRedemptionConfiguration : IEntityTypeConfiguration<CreditRedemption>
{
    public void Configure(EntityTypeBuilder<CreditRedemption> redemption)
    {
        redemption.ToTable("CreditRedemptions", table =>
        {
            table.HasCheckConstraint("CK_CreditRedemptions_Credits", "\"Credits\" > 0");
            table.HasCheckConstraint("CK_CreditRedemptions_Party", "\"Adults\" >= 0 AND \"Children\" >= 0 AND \"Adults\" + \"Children\" > 0");
        });
        redemption.HasKey(r => r.Id);
        redemption.Property(r => r.Id).ValueGeneratedNever();
        redemption.Property(r => r.Method).HasConversion<int>();
        redemption.HasOne<CreditOffer>().WithMany().HasForeignKey(r => r.OfferId).OnDelete(DeleteBehavior.Restrict);
        redemption.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        redemption.HasOne<CreditNote>().WithMany().HasForeignKey(r => r.NoteId).OnDelete(DeleteBehavior.Restrict);
        redemption.HasIndex(r => new { r.OfferId, r.UsedOn });
        redemption.HasIndex(r => new { r.PartnerId, r.RecordedAt });
        // A note is handed in once: the database refuses a second redemption from any server.
        redemption.HasIndex(r => r.NoteId).IsUnique().HasFilter("\"NoteId\" IS NOT NULL");
    }
}

internal sealed class MemberCardConfiguration : IEntityTypeConfiguration<MemberCard>
{
    public void Configure(EntityTypeBuilder<MemberCard> card)
    {
        card.ToTable("CreditMemberCards");
        card.HasKey(c => new { c.NetworkId, c.PersonId });
        card.Property(c => c.Code).HasMaxLength(8);
        card.HasIndex(c => c.Code).IsUnique();
        card.HasOne<Organisation>().WithMany().HasForeignKey(c => c.NetworkId).OnDelete(DeleteBehavior.Restrict);
        card.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
