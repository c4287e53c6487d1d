using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Audit.Storage;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditEntries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.Action).HasMaxLength(50);
        // A person's history reads entries about them and entries done for them.
        entry.HasIndex(e => new { e.SubjectId, e.At });
        entry.HasIndex(e => new { e.OnBehalfOfId, e.At });
        // The site admins' audit log pages by id, newest first, filtered by actor or organisation: each filter reads
        // its own index from a given id backwards, however big the table.
        entry.HasIndex(e => new { e.ActorId, e.Id });
        entry.HasIndex(e => new { e.OrganisationId, e.Id });
    }
}
