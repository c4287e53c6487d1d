using Coproduce.Core.Common;

namespace Coproduce.Core.Transport;

/// <summary>
/// Whether a driver may take a vehicle out on a day, and when each of their checks runs out. Pure rules, so the
/// drivers page, the rota and the planner ask the same question and get the same answer.
/// </summary>
public static class DriverRules
{
    /// <summary>A MiDAS certificate is valid for four years from the assessment.</summary>
    public const int MidasYears = 4;

    /// <summary>A PATS certificate is valid for four years, as MiDAS is.</summary>
    public const int PatsYears = 4;

    /// <summary>The service renews its drivers' DBS checks every three years (its safeguarding policy, not the law).</summary>
    public const int DbsYears = 3;

    /// <summary>Coordinators are shown what runs out within this many days.</summary>
    public const int WarningDays = 30;

    /// <summary>A car licence covers a minibus from this age.</summary>
    public const int CarLicenceMinibusAge = 21;

    /// <summary>... once it has been held this many years.</summary>
    public const int CarLicenceMinibusYearsHeld = 2;

    /// <summary>... and only up to this weight.</summary>
    public const int CarLicenceMinibusKg = 3500;

    /// <summary>... or this weight when the extra is a passenger lift.</summary>
    public const int CarLicenceMinibusWithLiftKg = 4250;

    /// <summary>The last day each check covers; a check not held has none.</summary>
    public static CheckExpiries ExpiriesOf(DriverChecks checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        return new CheckExpiries(
            checks.Midas == MidasLevel.None ? null : LastDay(checks.MidasPassedOn, MidasYears),
            LastDay(checks.PatsPassedOn, PatsYears),
            LastDay(checks.DbsCheckedOn, DbsYears));
    }

    /// <summary>Whether the checks every run needs, MiDAS and DBS, are held and still valid on <paramref name="day"/>.</summary>
    public static bool ChecksValidOn(DriverChecks? checks, DateOnly day) =>
        checks is not null && ExpiriesOf(checks) is { Midas: { } midas, Dbs: { } dbs } && midas >= day && dbs >= day;

    /// <summary>
    /// Why the driver may not drive the vehicle on <paramref name="day"/>; none when they may. A check that runs out
    /// before the day counts as run out; <paramref name="wheelchairAboard"/> asks for the accessible MiDAS.
    /// </summary>
    public static IReadOnlyList<FieldError> WhyNot(DriverChecks? checks, Vehicle vehicle, DateOnly day, bool wheelchairAboard)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        var reasons = new List<FieldError>();
        if (!vehicle.IsPermittedOn(day))
        {
            reasons.Add(new FieldError("Vehicle", "Transport.PermitRunsOut", vehicle.Name, vehicle.PermitExpiresOn));
        }

        if (checks is null)
        {
            reasons.Add(new FieldError("Driver", "Transport.NoChecksRecorded"));
            return reasons;
        }

        var expiries = ExpiriesOf(checks);
        if (expiries.Dbs is null)
        {
            reasons.Add(new FieldError("Driver", "Transport.NoDbs"));
        }
        else if (expiries.Dbs < day)
        {
            reasons.Add(new FieldError("Driver", "Transport.DbsRunsOut", expiries.Dbs.Value));
        }

        if (expiries.Midas is null)
        {
            reasons.Add(new FieldError("Driver", "Transport.NoMidas"));
        }
        else if (expiries.Midas < day)
        {
            reasons.Add(new FieldError("Driver", "Transport.MidasRunsOut", expiries.Midas.Value));
        }
        else if (wheelchairAboard && checks.Midas != MidasLevel.Accessible)
        {
            reasons.Add(new FieldError("Driver", "Transport.MidasNotAccessible"));
        }

        if (checks.Licence == DrivingLicence.B)
        {
            if (checks.BornOn.AddYears(CarLicenceMinibusAge) > day)
            {
                reasons.Add(new FieldError("Driver", "Transport.TooYoungForCarLicence", CarLicenceMinibusAge));
            }

            if (checks.LicenceHeldSince.AddYears(CarLicenceMinibusYearsHeld) > day)
            {
                reasons.Add(new FieldError("Driver", "Transport.CarLicenceTooNew", CarLicenceMinibusYearsHeld));
            }

            var limit = vehicle.Access == VehicleAccess.Lift ? CarLicenceMinibusWithLiftKg : CarLicenceMinibusKg;
            if (vehicle.GrossWeightKg > limit)
            {
                reasons.Add(new FieldError("Driver", "Transport.TooHeavyForCarLicence", vehicle.Name, limit));
            }
        }

        return reasons;
    }

    private static DateOnly? LastDay(DateOnly? passedOn, int years) => passedOn?.AddYears(years).AddDays(-1);
}

/// <summary>The last day each of a driver's checks covers.</summary>
/// <param name="Midas">MiDAS; none when not taken.</param>
/// <param name="Pats">PATS; none when not taken.</param>
/// <param name="Dbs">The DBS check's renewal; none before one came back.</param>
public sealed record CheckExpiries(DateOnly? Midas, DateOnly? Pats, DateOnly? Dbs);
