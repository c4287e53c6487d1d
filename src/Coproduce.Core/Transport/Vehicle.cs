namespace Coproduce.Core.Transport;

/// <summary>
/// One of the council's vehicles the service may use when it is spare: its seats, wheelchair spaces and how people
/// board, where it is kept, its Section 19 permit, and the hours of the week it is usually spare.
/// </summary>
public sealed class Vehicle
{
    private Vehicle()
    {
        Name = Registration = Base = PermitNumber = string.Empty;
    }

    internal Vehicle(Guid id, Guid serviceId, VehicleDetails details, Guid addedById, DateTimeOffset addedAt)
        : this()
    {
        Id = id;
        ServiceId = serviceId;
        AddedById = addedById;
        AddedAt = addedAt;
        Change(details);
    }

    /// <summary>The vehicle's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The transport service that uses it.</summary>
    public Guid ServiceId { get; private set; }

    /// <summary>What coordinators and drivers call it, e.g. "Minibus 2".</summary>
    public string Name { get; private set; }

    /// <summary>The registration mark, in capitals without spaces.</summary>
    public string Registration { get; private set; }

    /// <summary>Passenger seats, the driver's not counted.</summary>
    public int Seats { get; private set; }

    /// <summary>Places for a passenger who stays in their wheelchair.</summary>
    public int WheelchairSpaces { get; private set; }

    /// <summary>How a wheelchair boards.</summary>
    public VehicleAccess Access { get; private set; }

    /// <summary>Its maximum authorised mass in kilograms: a car licence (category B) only covers the lighter minibuses.</summary>
    public int GrossWeightKg { get; private set; }

    /// <summary>Where it is kept, and where each run starts and ends.</summary>
    public string Base { get; private set; }

    /// <summary>Where the base is, latitude; none until a coordinator places it (the planner then starts runs at the area's centre).</summary>
    public double? BaseLatitude { get; private set; }

    /// <summary>Where the base is, longitude.</summary>
    public double? BaseLongitude { get; private set; }

    /// <summary>Where the base is, once placed.</summary>
    public GeoPoint? BaseLocation => BaseLatitude is { } latitude && BaseLongitude is { } longitude ? new GeoPoint(latitude, longitude) : null;

    /// <summary>The Section 19 permit's number: it lets a not-for-profit service charge fares.</summary>
    public string PermitNumber { get; private set; }

    /// <summary>The last day the permit is valid.</summary>
    public DateOnly PermitExpiresOn { get; private set; }

    /// <summary>The days of the week it is usually spare.</summary>
    public SpareDays SpareDays { get; private set; }

    /// <summary>When it is spare from, on those days.</summary>
    public TimeOnly SpareFrom { get; private set; }

    /// <summary>When it must be back; earlier than <see cref="SpareFrom"/> when it is spare past midnight.</summary>
    public TimeOnly SpareUntil { get; private set; }

    /// <summary>Who added it.</summary>
    public Guid AddedById { get; private set; }

    /// <summary>When it was added.</summary>
    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>Whether the permit still covers <paramref name="day"/>.</summary>
    public bool IsPermittedOn(DateOnly day) => PermitExpiresOn >= day;

    /// <summary>Whether it is usually spare on <paramref name="day"/>'s evening.</summary>
    public bool IsSpareOn(DateOnly day) => SpareDays.Includes(day.DayOfWeek);

    private void Change(VehicleDetails details)
    {
        Name = details.Name;
        Registration = details.Registration;
        Seats = details.Seats;
        WheelchairSpaces = details.WheelchairSpaces;
        Access = details.Access;
        GrossWeightKg = details.GrossWeightKg;
        Base = details.Base;
        (BaseLatitude, BaseLongitude) = (details.BaseLocation?.Latitude, details.BaseLocation?.Longitude);
        PermitNumber = details.PermitNumber;
        PermitExpiresOn = details.PermitExpiresOn;
        SpareDays = details.SpareDays;
        SpareFrom = details.SpareFrom;
        SpareUntil = details.SpareUntil;
    }
}

/// <summary>A vehicle's details once checked.</summary>
internal sealed record VehicleDetails(string Name, string Registration, int Seats, int WheelchairSpaces, VehicleAccess Access, int GrossWeightKg,
    string Base, string PermitNumber, DateOnly PermitExpiresOn, SpareDays SpareDays, TimeOnly SpareFrom, TimeOnly SpareUntil, GeoPoint? BaseLocation);
