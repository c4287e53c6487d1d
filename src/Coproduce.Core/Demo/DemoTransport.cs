using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Transport;

namespace Coproduce.Core.Demo;

/// <summary>
/// The demo's evening transport: three of the council's spare minibuses (one with a wheelchair space and a lift) and
/// five drivers' checks. Gwilym's DBS check is overdue, so he can't be given a run, and Sandra's MiDAS runs out within
/// the month, so the coordinator is warned.
/// </summary>
public sealed class DemoTransport(FleetService fleet, DriverService drivers, TimeProvider clock)
{
    /// <summary>Seeds the demo's fleet and drivers' checks; every step must succeed.</summary>
    /// <param name="serviceId">The transport service.</param>
    /// <param name="coordinatorId">Who records it all.</param>
    /// <param name="driverIds">Rhys, Aled, Nerys, Gwilym and Sandra.</param>
    /// <param name="cancellationToken">Cancels the seeding.</param>
    public async Task SeedAsync(Guid serviceId, Guid coordinatorId, IReadOnlyList<Guid> driverIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(driverIds);
        var today = UkTime.Today(clock);
        string Day(DateOnly day) => day.ToString("yyyy-M-d", CultureInfo.InvariantCulture);
        string YearsAgo(int years, int days = 0) => Day(today.AddYears(-years).AddDays(days));
        string[] evenings = ["Thursday", "Friday", "Saturday"];

        Check(await fleet.AddAsync(coordinatorId, serviceId, new VehicleInput("Minibus 1", "CU19 RHY", "12", "1", "Lift", "4100", "Rhyl depot",
            "S19/DCC/0041", Day(today.AddMonths(14)), evenings, "18:00", "23:30"), cancellationToken), "minibus 1");
        Check(await fleet.AddAsync(coordinatorId, serviceId, new VehicleInput("Minibus 2", "CU21 DEN", "16", null, "Steps", "3500", "Denbigh depot",
            "S19/DCC/0042", Day(today.AddMonths(14)), evenings, "18:00", "23:30"), cancellationToken), "minibus 2");
        Check(await fleet.AddAsync(coordinatorId, serviceId, new VehicleInput("Minibus 3", "CU17 RUT", "8", null, "Steps", "3200", "Ruthin depot",
            "S19/DCC/0043", Day(today.AddDays(20)), ["Friday", "Saturday"], "18:30", "00:30"), cancellationToken), "minibus 3");

        DriverChecksInput[] checks =
        [
            new("D1", YearsAgo(58), YearsAgo(40), "Accessible", YearsAgo(1), YearsAgo(1), YearsAgo(1)),
            new("B", YearsAgo(66), YearsAgo(48), "Accessible", YearsAgo(2), null, YearsAgo(2)),
            new("B", YearsAgo(34), YearsAgo(15), "Standard", YearsAgo(3), null, YearsAgo(1)),
            new("D1", YearsAgo(71), YearsAgo(52), "Accessible", YearsAgo(1), null, YearsAgo(DriverRules.DbsYears, -10)),
            new("B", YearsAgo(62), YearsAgo(44), "Standard", YearsAgo(DriverRules.MidasYears, 12), null, YearsAgo(2)),
        ];
        foreach (var (driverId, driverChecks) in driverIds.Zip(checks))
        {
            Check(await drivers.RecordAsync(coordinatorId, serviceId, driverId, driverChecks, cancellationToken), "a driver's checks");
        }
    }

    private static T Check<T>(Result<T> result, string what) =>
        result.Succeeded ? result.Value : throw new InvalidOperationException($"The demo's {what} was refused: {string.Join("; ", result.Errors)}");
}
