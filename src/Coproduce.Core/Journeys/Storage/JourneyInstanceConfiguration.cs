using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Journeys.Storage;

internal sealed class JourneyInstanceConfiguration : IEntityTypeConfiguration<JourneyInstance>
{
    public void Configure(EntityTypeBuilder<JourneyInstance> journey)
    {
        journey.ToTable("JourneyInstances");
        journey.HasKey(j => j.Id);
        journey.Property(j => j.Id).ValueGeneratedNever();
        journey.Property(j => j.Kind).HasMaxLength(JourneyStore.MaximumKindLength);
        journey.Property(j => j.StateJson).HasMaxLength(JourneyStore.MaximumStateLength);
        // Lapsed journeys are cleared by their expiry.
        journey.HasIndex(j => j.ExpiresAt);
    }
}
