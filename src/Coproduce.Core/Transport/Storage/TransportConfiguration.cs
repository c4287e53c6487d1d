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
        vehicle.Ignore(v => v.BaseLocation);
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

internal sealed class DriverAvailabilityConfiguration : IEntityTypeConfiguration<DriverAvailability>
{
    public void Configure(EntityTypeBuilder<DriverAvailability> availability)
    {
        availability.ToTable("TransportDriverAvailability", table =>
            table.HasCheckConstraint("CK_TransportDriverAvailability_Days", "\"Days\" > 0 AND \"Days\" < 128"));
        availability.HasKey(a => new { a.ServiceId, a.PersonId });
        availability.Property(a => a.Days).HasConversion<int>();
        availability.Ignore(a => a.Week);
        availability.HasOne<Organisation>().WithMany().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Restrict);
        availability.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        availability.HasOne<Person>().WithMany().HasForeignKey(a => a.SetById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DriverDayOffConfiguration : IEntityTypeConfiguration<DriverDayOff>
{
    public void Configure(EntityTypeBuilder<DriverDayOff> dayOff)
    {
        dayOff.ToTable("TransportDriverDaysOff", table =>
            table.HasCheckConstraint("CK_TransportDriverDaysOff_Days", "\"LastDay\" >= \"FirstDay\""));
        dayOff.HasKey(d => d.Id);
        dayOff.Property(d => d.Id).ValueGeneratedNever();
        dayOff.HasOne<Organisation>().WithMany().HasForeignKey(d => d.ServiceId).OnDelete(DeleteBehavior.Restrict);
        dayOff.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        dayOff.HasOne<Person>().WithMany().HasForeignKey(d => d.RecordedById).OnDelete(DeleteBehavior.Restrict);
        dayOff.HasIndex(d => new { d.ServiceId, d.PersonId, d.LastDay });
    }
}

internal sealed class BookingRulesConfiguration : IEntityTypeConfiguration<BookingRules>
{
    public void Configure(EntityTypeBuilder<BookingRules> rules)
    {
        rules.ToTable("TransportBookingRules");
        rules.HasKey(r => r.ServiceId);
        rules.Property(r => r.AreaName).HasMaxLength(FleetService.MaximumTextLength);
        rules.Property(r => r.BookingPhone).HasMaxLength(30);
        rules.Ignore(r => r.AreaCentre);
        rules.Ignore(r => r.Details);
        rules.HasOne<Organisation>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        rules.HasOne<Person>().WithMany().HasForeignKey(r => r.SetById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PassengerConfiguration : IEntityTypeConfiguration<Passenger>
{
    public void Configure(EntityTypeBuilder<Passenger> passenger)
    {
        passenger.ToTable("TransportPassengers", table =>
            table.HasCheckConstraint("CK_TransportPassengers_Grounds", "\"Grounds\" > 0 AND \"Grounds\" < 16"));
        passenger.HasKey(p => new { p.ServiceId, p.PersonId });
        passenger.Property(p => p.Grounds).HasConversion<int>();
        passenger.Property(p => p.Mobility).HasConversion<int>();
        passenger.Property(p => p.Companion).HasConversion<int>();
        passenger.Property(p => p.CompanionMobility).HasConversion<int>();
        passenger.Property(p => p.WhyNotOrdinaryBus).HasMaxLength(PassengerService.MaximumTextLength);
        passenger.Property(p => p.HomeAddress).HasMaxLength(PassengerService.MaximumTextLength);
        passenger.Property(p => p.EmergencyContactName).HasMaxLength(PassengerService.MaximumTextLength);
        passenger.Property(p => p.EmergencyContactPhone).HasMaxLength(30);
        passenger.Ignore(p => p.Home);
        passenger.Ignore(p => p.Details);
        passenger.Ignore(p => p.IsConfirmed);
        passenger.Ignore(p => p.SeatsNeeded);
        passenger.Ignore(p => p.WheelchairSpacesNeeded);
        passenger.HasOne<Organisation>().WithMany().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Restrict);
        passenger.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        passenger.HasOne<Person>().WithMany().HasForeignKey(p => p.RegisteredById).OnDelete(DeleteBehavior.Restrict);
        passenger.HasOne<Person>().WithMany().HasForeignKey(p => p.ConfirmedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TransportPlaceConfiguration : IEntityTypeConfiguration<TransportPlace>
{
    public void Configure(EntityTypeBuilder<TransportPlace> place)
    {
        place.ToTable("TransportPlaces");
        place.HasKey(p => p.Id);
        place.Property(p => p.Id).ValueGeneratedNever();
        place.Property(p => p.Name).HasMaxLength(FleetService.MaximumTextLength);
        place.Property(p => p.Address).HasMaxLength(PassengerService.MaximumTextLength);
        place.Ignore(p => p.Location);
        place.HasOne<Organisation>().WithMany().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Restrict);
        place.HasOne<Person>().WithMany().HasForeignKey(p => p.AddedById).OnDelete(DeleteBehavior.Restrict);
        place.HasIndex(p => new { p.ServiceId, p.Name }).IsUnique();
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> booking)
    {
        booking.ToTable("TransportBookings", table =>
            table.HasCheckConstraint("CK_TransportBookings_Party", "\"Seats\" >= 0 AND \"WheelchairSpaces\" >= 0 AND \"Seats\" + \"WheelchairSpaces\" > 0"));
        booking.HasKey(b => b.Id);
        booking.Property(b => b.Id).ValueGeneratedNever();
        booking.Property(b => b.Reference).HasMaxLength(7);
        booking.Property(b => b.TimeIs).HasConversion<int>();
        booking.Property(b => b.Purpose).HasMaxLength(BookingService.MaximumPurposeLength);
        booking.Property(b => b.FromAddress).HasMaxLength(PassengerService.MaximumTextLength * 2);
        booking.Property(b => b.ToAddress).HasMaxLength(PassengerService.MaximumTextLength * 2);
        booking.Ignore(b => b.From);
        booking.Ignore(b => b.To);
        booking.HasOne<Organisation>().WithMany().HasForeignKey(b => b.ServiceId).OnDelete(DeleteBehavior.Restrict);
        booking.HasOne<Person>().WithMany().HasForeignKey(b => b.PassengerId).OnDelete(DeleteBehavior.Restrict);
        booking.HasOne<Person>().WithMany().HasForeignKey(b => b.BookedById).OnDelete(DeleteBehavior.Restrict);
        booking.HasOne<Booking>().WithMany().HasForeignKey(b => b.ReturnOfId).OnDelete(DeleteBehavior.Restrict);
        booking.Property(b => b.Cancellation).HasConversion<int?>();
        booking.HasOne<Person>().WithMany().HasForeignKey(b => b.CancelledById).OnDelete(DeleteBehavior.Restrict);
        // Read out on the phone, so it must find one booking; the planner reads an evening's bookings together.
        booking.HasIndex(b => new { b.ServiceId, b.Reference }).IsUnique();
        booking.HasIndex(b => new { b.ServiceId, b.Evening });
        booking.HasIndex(b => new { b.PassengerId, b.Evening });
    }
}

internal sealed class EveningPlanConfiguration : IEntityTypeConfiguration<Planning.EveningPlan>
{
    public void Configure(EntityTypeBuilder<Planning.EveningPlan> plan)
    {
        plan.ToTable("TransportEveningPlans");
        plan.HasKey(p => p.Id);
        plan.Property(p => p.Id).ValueGeneratedNever();
        plan.Property(p => p.Status).HasConversion<int>();
        plan.HasOne<Organisation>().WithMany().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Restrict);
        plan.HasOne<Person>().WithMany().HasForeignKey(p => p.RequestedById).OnDelete(DeleteBehavior.Restrict);
        plan.HasOne<Person>().WithMany().HasForeignKey(p => p.PublishedById).OnDelete(DeleteBehavior.Restrict);
        // One plan an evening, however many coordinators ask at once.
        plan.HasIndex(p => new { p.ServiceId, p.Evening }).IsUnique();
        // Servers look for evenings waiting to be planned.
        plan.HasIndex(p => new { p.Status, p.RequestedAt });
    }
}

internal sealed class PlannedRunConfiguration : IEntityTypeConfiguration<Planning.PlannedRun>
{
    public void Configure(EntityTypeBuilder<Planning.PlannedRun> run)
    {
        run.ToTable("TransportPlannedRuns");
        run.HasKey(r => r.Id);
        run.Property(r => r.Id).ValueGeneratedNever();
        run.HasOne<Planning.EveningPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        run.HasOne<Vehicle>().WithMany().HasForeignKey(r => r.VehicleId).OnDelete(DeleteBehavior.Restrict);
        run.HasOne<Person>().WithMany().HasForeignKey(r => r.DriverId).OnDelete(DeleteBehavior.Restrict);
        run.HasMany(r => r.Stops).WithOne().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
        run.HasIndex(r => new { r.PlanId, r.Revision, r.Number }).IsUnique();
        // A driver's own runs.
        run.HasIndex(r => r.DriverId);
    }
}

internal sealed class RunStopConfiguration : IEntityTypeConfiguration<Planning.RunStop>
{
    public void Configure(EntityTypeBuilder<Planning.RunStop> stop)
    {
        stop.ToTable("TransportRunStops");
        stop.HasKey(s => new { s.RunId, s.Order });
        stop.HasOne<Booking>().WithMany().HasForeignKey(s => s.BookingId).OnDelete(DeleteBehavior.Restrict);
        stop.HasIndex(s => s.BookingId);
    }
}

internal sealed class UnplannedTripConfiguration : IEntityTypeConfiguration<Planning.UnplannedTrip>
{
    public void Configure(EntityTypeBuilder<Planning.UnplannedTrip> trip)
    {
        trip.ToTable("TransportUnplannedTrips");
        trip.HasKey(u => new { u.PlanId, u.Revision, u.BookingId });
        trip.Property(u => u.Reason).HasConversion<int>();
        trip.HasOne<Planning.EveningPlan>().WithMany().HasForeignKey(u => u.PlanId).OnDelete(DeleteBehavior.Cascade);
        trip.HasOne<Booking>().WithMany().HasForeignKey(u => u.BookingId).OnDelete(DeleteBehavior.Restrict);
    }
}
