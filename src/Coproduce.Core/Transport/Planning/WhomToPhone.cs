namespace Coproduce.Core.Transport.Planning;

/// <summary>
/// After an evening is planned again over published runs: exactly which passengers and drivers to phone before
/// publishing, and what to tell them. Passengers whose pickup stays inside the window they were told, and drivers
/// whose run is unchanged, are left in peace.
/// </summary>
public static class WhomToPhone
{
    /// <summary>A driver is phoned about a stop whose time moves by this many minutes or more.</summary>
    public const int RetimedMinutes = 5;

    /// <summary>The calls to make when <paramref name="evening"/>'s latest runs replace the published ones.</summary>
    public static PhoneList For(BookingRules rules, PlannedEvening evening, IReadOnlyDictionary<Guid, Booking> trips)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(evening);
        ArgumentNullException.ThrowIfNull(trips);
        if (evening.Published is not { } published)
        {
            return new PhoneList([], []);
        }

        var passengers = new List<PassengerCall>();
        foreach (var pickup in evening.Runs.SelectMany(r => r.Stops).Where(s => s.IsPickup))
        {
            var trip = trips[pickup.BookingId];
            var (from, until) = EveningProblem.ToldWindow(rules, trip, EveningProblem.Minutes(rules, pickup.Due));
            if (trip.ToldFrom != from || trip.ToldUntil != until)
            {
                passengers.Add(new PassengerCall(trip.Id, trip.ToldFrom is null ? PassengerNews.Window : PassengerNews.NewWindow, from, until));
            }
        }

        var carriedBefore = published.SelectMany(r => r.Stops).Select(s => s.BookingId).ToHashSet();
        passengers.AddRange(evening.LeftOut.Where(u => trips[u.BookingId].CancelledAt is null && (carriedBefore.Contains(u.BookingId) || trips[u.BookingId].ToldFrom is null))
            .Select(u => new PassengerCall(u.BookingId, PassengerNews.CantTake, null, null)));

        var drivers = new List<DriverCall>();
        foreach (var driver in published.Select(r => r.DriverId).Union(evening.Runs.Select(r => r.DriverId)))
        {
            var before = Stops(published, driver);
            var after = Stops(evening.Runs, driver);
            var added = after.Keys.Count(k => !before.ContainsKey(k));
            var removed = before.Keys.Count(k => !after.ContainsKey(k));
            var retimed = after.Count(a => before.TryGetValue(a.Key, out var was) && MinutesApart(was, a.Value) >= RetimedMinutes);
            var vehicleChanged = Vehicle(published, driver) != Vehicle(evening.Runs, driver);
            if (added + removed + retimed > 0 || vehicleChanged)
            {
                drivers.Add(new DriverCall(driver, added, removed, retimed, before.Count > 0 && after.Count == 0, before.Count == 0));
            }
        }

        return new PhoneList([.. passengers.OrderBy(p => p.From ?? TimeOnly.MinValue)], drivers);
    }

    private static Dictionary<(Guid, bool), TimeOnly> Stops(IEnumerable<PlannedRun> runs, Guid driverId) =>
        runs.Where(r => r.DriverId == driverId).SelectMany(r => r.Stops).ToDictionary(s => (s.BookingId, s.IsPickup), s => s.Due);

    // Either way round the clock: 23:58 and 00:03 are five minutes apart.
    private static double MinutesApart(TimeOnly a, TimeOnly b)
    {
        var minutes = (b - a).TotalMinutes;
        return Math.Min(minutes, (24 * 60) - minutes);
    }

    private static Guid? Vehicle(IEnumerable<PlannedRun> runs, Guid driverId) => runs.FirstOrDefault(r => r.DriverId == driverId)?.VehicleId;
}

/// <summary>The passengers and drivers to phone.</summary>
public sealed record PhoneList(IReadOnlyList<PassengerCall> Passengers, IReadOnlyList<DriverCall> Drivers)
{
    /// <summary>Whether anyone needs a call.</summary>
    public bool IsEmpty => Passengers.Count == 0 && Drivers.Count == 0;
}

/// <summary>A passenger to phone about a trip, and the window to tell them, if any.</summary>
public sealed record PassengerCall(Guid BookingId, PassengerNews News, TimeOnly? From, TimeOnly? Until);

/// <summary>What a passenger is told.</summary>
public enum PassengerNews
{
    /// <summary>A trip booked since publishing: when to be ready.</summary>
    Window,

    /// <summary>The window they were told has had to move.</summary>
    NewWindow,

    /// <summary>The trip can't be carried after all.</summary>
    CantTake,
}

/// <summary>A driver to phone: how many stops their run gains, loses or moves, and whether they are no longer needed or newly needed.</summary>
public sealed record DriverCall(Guid DriverId, int Added, int Removed, int Retimed, bool NoLongerNeeded, bool NewlyNeeded);
