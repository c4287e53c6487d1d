namespace Coproduce.Core.Transport;

/// <summary>
/// Someone the service may carry. Their name, phone, address and language stay with People; this holds what the
/// service needs besides: why they may ride, what help they need, where they are picked up, and whom to call.
/// </summary>
public sealed class Passenger
{
    private Passenger()
    {
        WhyNotOrdinaryBus = HomeAddress = EmergencyContactName = EmergencyContactPhone = string.Empty;
    }

    internal Passenger(Guid serviceId, Guid personId, PassengerDetails details, Guid registeredById, DateTimeOffset registeredAt)
        : this()
    {
        ServiceId = serviceId;
        PersonId = personId;
        RegisteredById = registeredById;
        RegisteredAt = registeredAt;
        Change(details);
    }

    /// <summary>The transport service.</summary>
    public Guid ServiceId { get; private set; }

    /// <summary>The passenger, in People.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>Their date of birth: one of the grounds is age.</summary>
    public DateOnly DateOfBirth { get; private set; }

    /// <summary>The grounds on which the service's permit lets it carry them.</summary>
    public EligibilityGrounds Grounds { get; private set; }

    /// <summary>In their words: why they can't use ordinary buses.</summary>
    public string WhyNotOrdinaryBus { get; private set; }

    /// <summary>How they get about.</summary>
    public Mobility Mobility { get; private set; }

    /// <summary>Who travels with them, if anyone.</summary>
    public Companion Companion { get; private set; }

    /// <summary>How the person who travels with them gets about.</summary>
    public Mobility CompanionMobility { get; private set; }

    /// <summary>Where they are picked up from home, as the driver reads it.</summary>
    public string HomeAddress { get; private set; }

    /// <summary>The home's latitude, once a coordinator has placed it on a map.</summary>
    public double? HomeLatitude { get; private set; }

    /// <summary>The home's longitude.</summary>
    public double? HomeLongitude { get; private set; }

    /// <summary>Whom to call if something happens on a trip.</summary>
    public string EmergencyContactName { get; private set; }

    /// <summary>Their number.</summary>
    public string EmergencyContactPhone { get; private set; }

    /// <summary>Who registered them: themselves online, or a coordinator.</summary>
    public Guid RegisteredById { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>The coordinator who checked the registration and placed the home; none while it waits.</summary>
    public Guid? ConfirmedById { get; private set; }

    /// <summary>When it was checked.</summary>
    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>Whether a coordinator has checked it: only then may trips be booked.</summary>
    public bool IsConfirmed => ConfirmedAt is not null;

    /// <summary>Where home is, once placed.</summary>
    public GeoPoint? Home => HomeLatitude is { } latitude && HomeLongitude is { } longitude ? new GeoPoint(latitude, longitude) : null;

    /// <summary>Wheelchair spaces a trip needs: the passenger's and their companion's.</summary>
    public int WheelchairSpacesNeeded => (Mobility == Mobility.StaysInWheelchair ? 1 : 0)
        + (Companion != Companion.None && CompanionMobility == Mobility.StaysInWheelchair ? 1 : 0);

    /// <summary>Seats a trip needs, the rest of the party.</summary>
    public int SeatsNeeded => (Companion == Companion.None ? 1 : 2) - WheelchairSpacesNeeded;

    /// <summary>The passenger as the form shows them.</summary>
    public PassengerDetails Details => new(DateOfBirth, Grounds, WhyNotOrdinaryBus, Mobility, Companion, CompanionMobility, HomeAddress, Home,
        EmergencyContactName, EmergencyContactPhone);

    internal void Change(PassengerDetails details)
    {
        (DateOfBirth, Grounds, WhyNotOrdinaryBus, Mobility) = (details.DateOfBirth, details.Grounds, details.WhyNotOrdinaryBus, details.Mobility);
        (Companion, CompanionMobility, HomeAddress) = (details.Companion, details.CompanionMobility, details.HomeAddress);
        (HomeLatitude, HomeLongitude) = (details.Home?.Latitude, details.Home?.Longitude);
        (EmergencyContactName, EmergencyContactPhone) = (details.EmergencyContactName, details.EmergencyContactPhone);
    }

    internal void Confirm(GeoPoint home, Guid coordinatorId, DateTimeOffset at)
    {
        (HomeLatitude, HomeLongitude) = (home.Latitude, home.Longitude);
        (ConfirmedById, ConfirmedAt) = (coordinatorId, at);
    }
}

/// <summary>A passenger's details once checked.</summary>
public sealed record PassengerDetails(DateOnly DateOfBirth, EligibilityGrounds Grounds, string WhyNotOrdinaryBus, Mobility Mobility, Companion Companion,
    Mobility CompanionMobility, string HomeAddress, GeoPoint? Home, string EmergencyContactName, string EmergencyContactPhone);

/// <summary>The classes of passenger a Section 19 permit may name. Stored as flags: never renumber one.</summary>
[Flags]
public enum EligibilityGrounds
{
    /// <summary>None given.</summary>
    None = 0,

    /// <summary>At or over the service's minimum age.</summary>
    Age = 1,

    /// <summary>A disability.</summary>
    Disability = 2,

    /// <summary>Difficulty walking to, waiting for or boarding an ordinary bus.</summary>
    Mobility = 4,

    /// <summary>No ordinary bus runs where or when they need to go.</summary>
    NoSuitableBus = 8,
}

/// <summary>How someone gets about, which decides seat or space and how long boarding takes. Stored: never renumber.</summary>
public enum Mobility
{
    /// <summary>Walks without help.</summary>
    Walks = 0,

    /// <summary>Uses a stick, frame or rollator, stowed on board.</summary>
    WalkingAid = 1,

    /// <summary>Uses a wheelchair but moves to a seat; the chair is folded and stowed.</summary>
    WheelchairTransfers = 2,

    /// <summary>Travels in their wheelchair: needs a wheelchair space and a ramp or lift.</summary>
    StaysInWheelchair = 3,
}

/// <summary>Who travels with a passenger. Stored: never renumber.</summary>
public enum Companion
{
    /// <summary>They travel alone.</summary>
    None = 0,

    /// <summary>An escort who helps them, e.g. a carer.</summary>
    Escort = 1,

    /// <summary>A companion, e.g. their husband or wife.</summary>
    Companion = 2,
}
