namespace Coproduce.Core.Transport;

/// <summary>
/// What a volunteer driver holds, as the service's coordinator recorded it from the documents: their licence, their
/// MiDAS assessment, a PATS certificate when they also ride as a passenger assistant, and the date of their DBS check.
/// One record per driver in each service.
/// </summary>
public sealed class DriverChecks
{
    private DriverChecks()
    {
    }

    internal DriverChecks(Guid serviceId, Guid personId, DriverCheckDetails details, Guid recordedById, DateTimeOffset recordedAt)
    {
        ServiceId = serviceId;
        PersonId = personId;
        Change(details, recordedById, recordedAt);
    }

    /// <summary>The transport service they drive for.</summary>
    public Guid ServiceId { get; private set; }

    /// <summary>The driver.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>Their licence.</summary>
    public DrivingLicence Licence { get; private set; }

    /// <summary>Their date of birth: a car licence covers a minibus only from 21.</summary>
    public DateOnly BornOn { get; private set; }

    /// <summary>Since when they have held the licence.</summary>
    public DateOnly LicenceHeldSince { get; private set; }

    /// <summary>The MiDAS assessment they took.</summary>
    public MidasLevel Midas { get; private set; }

    /// <summary>When they passed it; none when not taken.</summary>
    public DateOnly? MidasPassedOn { get; private set; }

    /// <summary>When they passed the passenger assistant training (PATS); none when not taken.</summary>
    public DateOnly? PatsPassedOn { get; private set; }

    /// <summary>The date on their DBS certificate; none before it came back.</summary>
    public DateOnly? DbsCheckedOn { get; private set; }

    /// <summary>Who last recorded them.</summary>
    public Guid RecordedById { get; private set; }

    /// <summary>When they were last recorded.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    internal void Change(DriverCheckDetails details, Guid recordedById, DateTimeOffset recordedAt)
    {
        Licence = details.Licence;
        BornOn = details.BornOn;
        LicenceHeldSince = details.LicenceHeldSince;
        Midas = details.Midas;
        MidasPassedOn = details.MidasPassedOn;
        PatsPassedOn = details.PatsPassedOn;
        DbsCheckedOn = details.DbsCheckedOn;
        RecordedById = recordedById;
        RecordedAt = recordedAt;
    }
}

/// <summary>A driver's checks once read from the form.</summary>
internal sealed record DriverCheckDetails(DrivingLicence Licence, DateOnly BornOn, DateOnly LicenceHeldSince, MidasLevel Midas,
    DateOnly? MidasPassedOn, DateOnly? PatsPassedOn, DateOnly? DbsCheckedOn);
