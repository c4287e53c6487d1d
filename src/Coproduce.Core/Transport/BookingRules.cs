namespace Coproduce.Core.Transport;

/// <summary>
/// A service's booking rules, kept as data so each service sets its own: how much notice it needs, how far ahead it
/// takes bookings, the area and hours it covers, who it may carry, and the number passengers ring.
/// </summary>
public sealed class BookingRules
{
    private BookingRules()
    {
        AreaName = BookingPhone = string.Empty;
    }

    internal BookingRules(Guid serviceId, BookingRulesDetails details, Guid setById, DateTimeOffset setAt)
        : this()
    {
        ServiceId = serviceId;
        Change(details, setById, setAt);
    }

    /// <summary>The transport service.</summary>
    public Guid ServiceId { get; private set; }

    /// <summary>The least notice, in hours, before a pickup.</summary>
    public int MinimumNoticeHours { get; private set; }

    /// <summary>How many days ahead a trip may be booked.</summary>
    public int MaximumDaysAhead { get; private set; }

    /// <summary>The town the area is measured from, e.g. "Barry".</summary>
    public string AreaName { get; private set; }

    /// <summary>The centre of the area, latitude.</summary>
    public double AreaLatitude { get; private set; }

    /// <summary>The centre of the area, longitude.</summary>
    public double AreaLongitude { get; private set; }

    /// <summary>How far from the centre, in kilometres, every pickup and drop-off must be.</summary>
    public int AreaRadiusKm { get; private set; }

    /// <summary>The first pickup of an evening.</summary>
    public TimeOnly ServiceFrom { get; private set; }

    /// <summary>The last drop-off; earlier than <see cref="ServiceFrom"/> when the service runs past midnight.</summary>
    public TimeOnly ServiceUntil { get; private set; }

    /// <summary>
    /// The youngest a passenger may be on the grounds of age alone. A Section 19 permit carries a named class of
    /// passengers, never the general public; the others are carried because of a disability or their mobility, or
    /// because no ordinary bus serves them.
    /// </summary>
    public int MinimumAge { get; private set; }

    /// <summary>The number passengers ring to book, read out in letters and on the pages.</summary>
    public string BookingPhone { get; private set; }

    /// <summary>Who last set them.</summary>
    public Guid SetById { get; private set; }

    /// <summary>When they were last set.</summary>
    public DateTimeOffset SetAt { get; private set; }

    /// <summary>The centre of the area.</summary>
    public GeoPoint AreaCentre => new(AreaLatitude, AreaLongitude);

    /// <summary>The rules as the form shows them.</summary>
    public BookingRulesDetails Details => new(MinimumNoticeHours, MaximumDaysAhead, AreaName, AreaCentre, AreaRadiusKm, ServiceFrom, ServiceUntil,
        MinimumAge, BookingPhone);

    /// <summary>Whether <paramref name="point"/> is inside the area the service covers.</summary>
    public bool Covers(GeoPoint point) => AreaCentre.KilometresTo(point) <= AreaRadiusKm;

    internal void Change(BookingRulesDetails details, Guid setById, DateTimeOffset setAt)
    {
        (MinimumNoticeHours, MaximumDaysAhead, AreaName, AreaRadiusKm) = (details.MinimumNoticeHours, details.MaximumDaysAhead, details.AreaName,
            details.AreaRadiusKm);
        (AreaLatitude, AreaLongitude) = (details.AreaCentre.Latitude, details.AreaCentre.Longitude);
        (ServiceFrom, ServiceUntil, MinimumAge, BookingPhone) = (details.ServiceFrom, details.ServiceUntil, details.MinimumAge, details.BookingPhone);
        (SetById, SetAt) = (setById, setAt);
    }
}

/// <summary>Booking rules once checked.</summary>
public sealed record BookingRulesDetails(int MinimumNoticeHours, int MaximumDaysAhead, string AreaName, GeoPoint AreaCentre, int AreaRadiusKm,
    TimeOnly ServiceFrom, TimeOnly ServiceUntil, int MinimumAge, string BookingPhone);
