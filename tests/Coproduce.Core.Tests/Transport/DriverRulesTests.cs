using Coproduce.Core.Transport;

namespace Coproduce.Core.Tests.Transport;

/// <summary>The minibus licence rules, with no database: a car licence covers a minibus only for some drivers and vehicles.</summary>
public class DriverRulesTests
{
    private static readonly DateOnly Tonight = new(2026, 3, 28);

    [Fact]
    public void A_car_licence_covers_a_minibus_from_21_after_two_years_up_to_3500_kg_or_4250_kg_with_a_lift()
    {
        var young = Checks(DrivingLicence.B, born: new DateOnly(2005, 4, 1), held: new DateOnly(2024, 6, 1));
        var seasoned = Checks(DrivingLicence.B, born: new DateOnly(1970, 1, 1), held: new DateOnly(1990, 1, 1));
        var minibusLicence = Checks(DrivingLicence.D1, born: new DateOnly(1970, 1, 1), held: new DateOnly(1990, 1, 1));

        Assert.Equal(["Transport.TooYoungForCarLicence", "Transport.CarLicenceTooNew"],
            DriverRules.WhyNot(young, Vehicle(3400, VehicleAccess.Steps), Tonight, wheelchairAboard: false).Select(e => e.Code));
        Assert.Empty(DriverRules.WhyNot(seasoned, Vehicle(4200, VehicleAccess.Lift), Tonight, wheelchairAboard: false));
        Assert.Equal("Transport.TooHeavyForCarLicence",
            Assert.Single(DriverRules.WhyNot(seasoned, Vehicle(4200, VehicleAccess.Ramp), Tonight, wheelchairAboard: false)).Code);
        Assert.Empty(DriverRules.WhyNot(minibusLicence, Vehicle(5000, VehicleAccess.Ramp), Tonight, wheelchairAboard: false));
    }

    [Fact]
    public void A_wheelchair_aboard_needs_the_accessible_midas_and_a_permit_that_still_runs()
    {
        var standard = Checks(DrivingLicence.D1, born: new DateOnly(1970, 1, 1), held: new DateOnly(1990, 1, 1), midas: MidasLevel.Standard);

        Assert.Empty(DriverRules.WhyNot(standard, Vehicle(4000, VehicleAccess.Lift), Tonight, wheelchairAboard: false));
        Assert.Equal("Transport.MidasNotAccessible",
            Assert.Single(DriverRules.WhyNot(standard, Vehicle(4000, VehicleAccess.Lift), Tonight, wheelchairAboard: true)).Code);
        Assert.Equal("Transport.PermitRunsOut",
            Assert.Single(DriverRules.WhyNot(standard, Vehicle(4000, VehicleAccess.Lift, new DateOnly(2026, 3, 27)), Tonight, wheelchairAboard: false)).Code);
    }

    private static DriverChecks Checks(DrivingLicence licence, DateOnly born, DateOnly held, MidasLevel midas = MidasLevel.Accessible) =>
        new(Guid.NewGuid(), Guid.NewGuid(), new DriverCheckDetails(licence, born, held, midas, new DateOnly(2025, 1, 1), null, new DateOnly(2025, 1, 1)),
            Guid.NewGuid(), DateTimeOffset.UnixEpoch);

    private static Vehicle Vehicle(int kg, VehicleAccess access, DateOnly? permit = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), new VehicleDetails("Minibus 1", "CU19ABC", 12, access == VehicleAccess.Steps ? 0 : 1, access, kg, "Rhyl depot",
            "S19/1", permit ?? new DateOnly(2027, 1, 1), SpareDays.Friday, new TimeOnly(18, 0), new TimeOnly(23, 30), null), Guid.NewGuid(), DateTimeOffset.UnixEpoch);
}
