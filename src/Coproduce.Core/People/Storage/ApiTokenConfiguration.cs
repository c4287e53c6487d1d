using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.People.Storage;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> token)
    {
        token.ToTable("ApiTokens");
        token.HasKey(t => t.Id);
        token.Property(t => t.Id).ValueGeneratedNever();
        token.Property(t => t.Name).HasMaxLength(ApiToken.MaximumNameLength);
        token.Property(t => t.Prefix).HasMaxLength(ApiToken.PrefixLength);
        token.Property(t => t.SecretHash).HasMaxLength(32);
        token.Ignore(t => t.IsActive);
        token.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        token.HasOne<Person>().WithMany().HasForeignKey(t => t.CreatedById).OnDelete(DeleteBehavior.Restrict);
        // Every API call finds its token by prefix, then compares hashes in constant time.
        token.HasIndex(t => t.Prefix);
        token.HasIndex(t => t.OrganisationId);
    }
}
