namespace Coproduce.Core.Transport;

/// <summary>
/// One trip a passenger has asked for: from where to where on which evening, and either when to be picked up or when
/// to arrive. A return trip is a second booking that names the first.
/// </summary>
public sealed class Booking
{
    private Booking()
    {
        Reference = FromAddress = ToAddress = string.Empty;
    }

    internal Booking(Guid id, Guid serviceId, string reference, Guid passengerId, Trip trip, int seats, int wheelchairSpaces, Guid bookedById,
        DateTimeOffset bookedAt)
        : this()
    {
        (Id, ServiceId, Reference, PassengerId) = (id, serviceId, reference, passengerId);
        (Evening, Time, TimeIs, Purpose) = (trip.Evening, trip.Time, trip.TimeIs, trip.Purpose);
        (FromAddress, FromLatitude, FromLongitude) = (trip.From.Address, trip.From.Location.Latitude, trip.From.Location.Longitude);
        (ToAddress, ToLatitude, ToLongitude) = (trip.To.Address, trip.To.Location.Latitude, trip.To.Location.Longitude);
        (Seats, WheelchairSpaces, BookedById, BookedAt) = (seats, wheelchairSpaces, bookedById, bookedAt);
    }

    /// <summary>The booking's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The transport service.</summary>
    public Guid ServiceId { get; private set; }

    /// <summary>A short reference to read out on the phone, like "K7P-3MX".</summary>
    public string Reference { get; private set; }

    /// <summary>The passenger (their person).</summary>
    public Guid PassengerId { get; private set; }

    /// <summary>The evening it is on; a time after midnight belongs to the evening before.</summary>
    public DateOnly Evening { get; private set; }

    /// <summary>The time asked for.</summary>
    public TimeOnly Time { get; private set; }

    /// <summary>Whether <see cref="Time"/> is when to be picked up or when to arrive.</summary>
    public TripTime TimeIs { get; private set; }

    /// <summary>What the trip is for, e.g. "choir practice"; blank when not said.</summary>
    public string? Purpose { get; private set; }

    /// <summary>Where they are picked up, as the driver reads it.</summary>
    public string FromAddress { get; private set; }

    /// <summary>Pickup latitude.</summary>
    public double FromLatitude { get; private set; }

    /// <summary>Pickup longitude.</summary>
    public double FromLongitude { get; private set; }

    /// <summary>Where they are dropped off.</summary>
    public string ToAddress { get; private set; }

    /// <summary>Drop-off latitude.</summary>
    public double ToLatitude { get; private set; }

    /// <summary>Drop-off longitude.</summary>
    public double ToLongitude { get; private set; }

    /// <summary>Seats the party needs.</summary>
    public int Seats { get; private set; }

    /// <summary>Wheelchair spaces the party needs.</summary>
    public int WheelchairSpaces { get; private set; }

    /// <summary>For a return trip: the outward booking.</summary>
    public Guid? ReturnOfId { get; private set; }

    /// <summary>Who booked it: the passenger online, or a coordinator on the phone.</summary>
    public Guid BookedById { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset BookedAt { get; private set; }

    /// <summary>When it was cancelled; none while it stands.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>How it was cancelled; none while it stands.</summary>
    public CancellationCode? Cancellation { get; private set; }

    /// <summary>Who recorded the cancellation.</summary>
    public Guid? CancelledById { get; private set; }

    /// <summary>The start of the pickup window the passenger was told when the evening was published; none before.</summary>
    public TimeOnly? ToldFrom { get; private set; }

    /// <summary>The end of that window.</summary>
    public TimeOnly? ToldUntil { get; private set; }

    /// <summary>Where they are picked up.</summary>
    public GeoPoint From => new(FromLatitude, FromLongitude);

    /// <summary>Where they are dropped off.</summary>
    public GeoPoint To => new(ToLatitude, ToLongitude);

    internal void MakeReturnOf(Guid outwardId) => ReturnOfId = outwardId;

    internal void Tell(TimeOnly from, TimeOnly until) => (ToldFrom, ToldUntil) = (from, until);

    internal void Cancel(CancellationCode code, Guid byId, DateTimeOffset at) => (Cancellation, CancelledById, CancelledAt) = (code, byId, at);
}

/// <summary>The usual codes of demand-responsive transport for a trip that didn't go. Stored: never renumber.</summary>
public enum CancellationCode
{
    /// <summary>Cancelled by the passenger in good time.</summary>
    Cancelled = 0,

    /// <summary>Cancelled by the passenger less than <see cref="CancellationService.LateWithinHours"/> hours before the trip.</summary>
    LateCancellation = 1,

    /// <summary>The passenger wasn't there when the driver came.</summary>
    NoShow = 2,

    /// <summary>Cancelled by the service: a vehicle or driver fell through, or the weather.</summary>
    ByService = 3,
}

/// <summary>Whether a trip's time is when to be picked up or when to arrive. Stored: never renumber.</summary>
public enum TripTime
{
    /// <summary>Pick me up at this time.</summary>
    PickUpAt = 0,

    /// <summary>Get me there by this time.</summary>
    ArriveBy = 1,
}

/// <summary>An end of a trip: the address the driver reads and where it is.</summary>
public sealed record TripEnd(string Address, GeoPoint Location);

/// <summary>A trip once checked.</summary>
public sealed record Trip(DateOnly Evening, TimeOnly Time, TripTime TimeIs, TripEnd From, TripEnd To, string? Purpose)
{
    /// <summary>The estimated drive.</summary>
    public double DriveMinutes => TravelTimes.Minutes(From.Location, To.Location);
}
