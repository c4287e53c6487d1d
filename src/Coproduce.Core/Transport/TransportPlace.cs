namespace Coproduce.Core.Transport;

/// <summary>
/// A place passengers often go: the community centre, the hospital, the leisure centre. Coordinators add them, with
/// a location, so a passenger booking online picks one instead of typing an address the service can't place.
/// </summary>
public sealed class TransportPlace
{
    private TransportPlace()
    {
        Name = Address = string.Empty;
    }

    internal TransportPlace(Guid id, Guid serviceId, string name, string address, GeoPoint location, Guid addedById, DateTimeOffset addedAt)
    {
        (Id, ServiceId, Name, Address) = (id, serviceId, name, address);
        (Latitude, Longitude) = (location.Latitude, location.Longitude);
        (AddedById, AddedAt) = (addedById, addedAt);
    }

    /// <summary>The place's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The transport service.</summary>
    public Guid ServiceId { get; private set; }

    /// <summary>What people call it, e.g. "Denbigh Town Hall".</summary>
    public string Name { get; private set; }

    /// <summary>Its address, as the driver reads it.</summary>
    public string Address { get; private set; }

    /// <summary>Latitude.</summary>
    public double Latitude { get; private set; }

    /// <summary>Longitude.</summary>
    public double Longitude { get; private set; }

    /// <summary>Who added it.</summary>
    public Guid AddedById { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>Where it is.</summary>
    public GeoPoint Location => new(Latitude, Longitude);
}
