using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.People.Storage;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> user)
    {
        user.HasOne<Person>().WithOne().HasForeignKey<UserAccount>(u => u.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
