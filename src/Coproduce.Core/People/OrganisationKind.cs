namespace Coproduce.Core.People;

/// <summary>What sort of organisation it is; it decides nothing yet beyond how it is described.</summary>
public enum OrganisationKind
{
    /// <summary>A timebank: members give an hour and receive an hour.</summary>
    Timebank = 0,

    /// <summary>A council service.</summary>
    CouncilService = 1,

    /// <summary>A development trust or housing trust.</summary>
    Trust = 2,

    /// <summary>A charity or community group.</summary>
    Charity = 3,

    /// <summary>A leisure centre or other venue that accepts time credits.</summary>
    Venue = 4,

    /// <summary>Hosts peer support groups.</summary>
    PeerGroupHost = 5,

    /// <summary>Runs a volunteer transport service.</summary>
    TransportService = 6,

    /// <summary>A network of practitioners.</summary>
    Network = 7,
}
