using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Notifications.Storage;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("OutboxMessages", table =>
            table.HasCheckConstraint("CK_OutboxMessages_Language", "\"Language\" IN ('en', 'cy')"));
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).ValueGeneratedNever();
        message.Property(m => m.Channel).HasConversion<int>();
        message.Property(m => m.To).HasMaxLength(OutboxMessage.MaximumAddressLength);
        message.Property(m => m.Language).HasMaxLength(2);
        message.Property(m => m.Subject).HasMaxLength(Outbox.MaximumSubjectLength);
        message.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaximumErrorLength);
        message.Ignore(m => m.IsSent);
        message.Ignore(m => m.HasGivenUp);

        // The dispatcher's question, "unsent, oldest first": filtered, so sent messages (nearly all) cost it nothing.
        message.HasIndex(m => m.CreatedAt, "IX_OutboxMessages_Unsent").HasFilter("\"SentAt\" IS NULL");
        // The admin's list, newest first.
        message.HasIndex(m => m.CreatedAt, "IX_OutboxMessages_CreatedAt");
        // A dispatcher reads back the rows its claim won; only rows being sent carry a claim, so the index stays tiny.
        message.HasIndex(m => m.ClaimedBy).HasFilter("\"ClaimedBy\" IS NOT NULL");
    }
}
