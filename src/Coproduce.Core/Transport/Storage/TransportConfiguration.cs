using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coproduce.Core.Transport.Storage;

internal sealed class VehicleConfiguration : IEntityTypeConfiguration<Vehicle>
{
    public void Configure(EntityTypeBuilder<Vehicle> vehicle)
    {
        vehicle.ToTable("TransportVehicles", table =>
        {
            table.HasCheckConstraint("CK_TransportVehicles_Seats", "\"Seats\" > 0 AND \"WheelchairSpaces\" >= 0");
            table.HasCheckConstraint("CK_TransportVehicles_SpareDays", "\"SpareDays\" > 0 AND \"SpareDays\" < 128");
        });
        vehicle.HasKey(v => v.Id);
        vehicle.Property(v => v.Id).ValueGeneratedNever();
        vehicle.Property(v => v.Name).HasMaxLength(FleetService.MaximumTextLength);
        vehicle.Property(v => v.Registration).HasMaxLength(10);
        vehicle.Property(v => v.Base).HasMaxLength(FleetService.MaximumTextLength);
        vehicle.Property(v => v.PermitNumber).HasMaxLength(30);
        vehicle.Property(v => v.Access).HasConversion<int>();
        vehicle.Property(v => v.SpareDays).HasConversion<int>();
        vehicle.HasOne<Organisation>().WithMany().HasForeignKey(v => v.ServiceId).OnDelete(DeleteBehavior.Restrict);
        vehicle.HasOne<Person>().WithMany().HasForeignKey(v => v.AddedById).OnDelete(DeleteBehavior.Restrict);
        // A vehicle is in a service's fleet once, whoever adds it.
        vehicle.HasIndex(v => new { v.ServiceId, v.Registration }).IsUnique();
    }
}

internal sealed class DriverChecksConfiguration : IEntityTypeConfiguration<DriverChecks>
{
    public void Configure(EntityTypeBuilder<DriverChecks> checks)
    {
        checks.ToTable("TransportDriverChecks");
        checks.HasKey(c => new { c.ServiceId, c.PersonId });
        checks.Property(c => c.Licence).HasConversion<int>();
        checks.Property(c => c.Midas).HasConversion<int>();
        checks.HasOne<Organisation>().WithMany().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Restrict);
        checks.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        checks.HasOne<Person>().WithMany().HasForeignKey(c => c.RecordedById).OnDelete(DeleteBehavior.Restrict);
    }
}
