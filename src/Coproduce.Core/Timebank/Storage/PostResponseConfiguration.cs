using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Timebank.Storage;

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
