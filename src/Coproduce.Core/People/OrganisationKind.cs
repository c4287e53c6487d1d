namespace Coproduce.Core.People;

/// <summary>
/// What sort of organisation it is, as the installation's organisations describe themselves. The numbers are stored:
/// never renumber one. Kinds that were retired keep their number unused (2 was "trust", 5 "peer support group host",
/// both now <see cref="CommunityGroup"/>), so a row can never quietly change meaning.
/// </summary>
public enum OrganisationKind
{
    /// <summary>A timebank: members give an hour and receive an hour.</summary>
    Timebank = 0,

    /// <summary>Awards time credits for volunteering and arranges where they are spent (the SPICE / Tempo model).</summary>
    TimeCreditNetwork = 1,

    /// <summary>A charity, trust or group run by and for its community, peer support groups among them.</summary>
    CommunityGroup = 3,

    /// <summary>A leisure centre, cinema or other place that accepts time credits.</summary>
    PartnerVenue = 4,

    /// <summary>Runs a volunteer or community transport service.</summary>
    TransportService = 6,

    /// <summary>A network of co-production practitioners.</summary>
    PractitionersNetwork = 7,

    /// <summary>A council or health board that commissions services and reads the evidence of their value.</summary>
    CommissioningBody = 8,
}
