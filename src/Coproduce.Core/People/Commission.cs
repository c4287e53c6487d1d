namespace Coproduce.Core.People;

/// <summary>
/// A commissioning body (a council, a health board) commissions an organisation: the body's commissioners may read
/// that organisation's reports, and nothing else of it. Made and ended by a site admin.
/// </summary>
public sealed class Commission
{
    private Commission()
    {
    }

    internal Commission(Guid commissioningBodyId, Guid organisationId, Guid linkedById, DateTimeOffset at)
    {
        CommissioningBodyId = commissioningBodyId;
        OrganisationId = organisationId;
        LinkedById = linkedById;
        LinkedAt = at;
    }

    /// <summary>The commissioning body.</summary>
    public Guid CommissioningBodyId { get; private set; }

    /// <summary>The organisation it commissions.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>The site admin who linked them.</summary>
    public Guid LinkedById { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset LinkedAt { get; private set; }
}
