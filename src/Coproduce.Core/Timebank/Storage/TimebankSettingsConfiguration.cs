using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Timebank.Storage;

internal sealed class TimebankSettingsConfiguration : IEntityTypeConfiguration<TimebankSettings>
{
    public void Configure(EntityTypeBuilder<TimebankSettings> settings)
    {
        settings.ToTable("TimebankSettings");
        settings.HasKey(s => s.OrganisationId);
        settings.Property(s => s.Confirmation).HasConversion<int>();
        settings.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
