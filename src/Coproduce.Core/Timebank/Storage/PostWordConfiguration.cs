using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Timebank.Storage;

internal sealed class PostWordConfiguration : IEntityTypeConfiguration<PostWord>
{
    public void Configure(EntityTypeBuilder<PostWord> word)
    {
        word.ToTable("TimebankPostWords");
        // A search reads a range of words in one timebank: the key is that index.
        word.HasKey(w => new { w.OrganisationId, w.Word, w.PostId });
        word.Property(w => w.Word).HasMaxLength(PostWord.MaximumLength);
        word.HasOne<TimebankPost>().WithMany().HasForeignKey(w => w.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
