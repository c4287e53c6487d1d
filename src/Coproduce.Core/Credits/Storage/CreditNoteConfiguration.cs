using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Credits.Storage;

internal sealed class CreditNoteBatchConfiguration : IEntityTypeConfiguration<CreditNoteBatch>
{
    public void Configure(EntityTypeBuilder<CreditNoteBatch> batch)
    {
        batch.ToTable("CreditNoteBatches", table => table.HasCheckConstraint("CK_CreditNoteBatches_Sizes", "\"Count\" > 0 AND \"CreditsEach\" > 0"));
        batch.HasKey(b => b.Id);
        batch.Property(b => b.Id).ValueGeneratedNever();
        batch.Property(b => b.SigningKey).HasMaxLength(32);
        batch.HasOne<Organisation>().WithMany().HasForeignKey(b => b.NetworkId).OnDelete(DeleteBehavior.Restrict);
        batch.HasIndex(b => b.NetworkId);
    }
}

internal sealed class CreditNoteConfiguration : IEntityTypeConfiguration<CreditNote>
{
    public void Configure(EntityTypeBuilder<CreditNote> note)
    {
        note.ToTable("CreditNotes", table => table.HasCheckConstraint("CK_CreditNotes_Credits", "\"Credits\" > 0"));
        note.HasKey(n => n.Id);
        note.Property(n => n.Id).ValueGeneratedNever();
        note.Property(n => n.Serial).HasMaxLength(12);
        note.Property(n => n.CancelReason).HasMaxLength(CreditNoteService.MaximumReasonLength);
        note.Property(n => n.Status).HasConversion<int>().IsConcurrencyToken();
        note.HasOne<CreditNoteBatch>().WithMany().HasForeignKey(n => n.BatchId).OnDelete(DeleteBehavior.Restrict);
        note.HasIndex(n => n.Serial).IsUnique();
        note.HasIndex(n => n.BatchId);
    }
}
