namespace Coproduce.Core.People;

/// <summary>What a person does in one organisation. A person may hold several roles, in several organisations.</summary>
public enum OrganisationRole
{
    /// <summary>Gives and receives time.</summary>
    Member = 0,

    /// <summary>Records exchanges and bookings for members, approves join requests, creates members without a login.</summary>
    Coordinator = 1,

    /// <summary>Runs the organisation: everything a coordinator does, plus its settings and API tokens.</summary>
    OrganisationAdmin = 2,

    /// <summary>Drives for the transport service.</summary>
    Driver = 3,

    /// <summary>Facilitates a peer support group.</summary>
    GroupFacilitator = 4,

    /// <summary>Reads the evidence of the value created; changes nothing.</summary>
    Commissioner = 5,
}

/// <summary>Groups of roles that rules check together.</summary>
public static class OrganisationRoles
{
    /// <summary>The roles that look after members: approve join requests, record for members, change their details.</summary>
    public static IReadOnlyList<OrganisationRole> Coordinating { get; } = [OrganisationRole.Coordinator, OrganisationRole.OrganisationAdmin];

    /// <summary>Whether the role looks after members.</summary>
    public static bool IsCoordinating(this OrganisationRole role) => Coordinating.Contains(role);

    /// <summary>
    /// The roles a kind of organisation has: every one has members, coordinators and admins; only a transport service
    /// has drivers and only a community group has facilitators. Commissioners belong to a commissioning body, and read
    /// the reports of the organisations it commissions (<see cref="Commission"/>).
    /// </summary>
    public static IReadOnlyList<OrganisationRole> AvailableIn(OrganisationKind kind) => kind switch
    {
        OrganisationKind.TransportService => [.. Everywhere, OrganisationRole.Driver],
        OrganisationKind.CommunityGroup => [.. Everywhere, OrganisationRole.GroupFacilitator],
        OrganisationKind.CommissioningBody => [.. Everywhere, OrganisationRole.Commissioner],
        _ => Everywhere,
    };

    /// <summary>The role a form or the API names (<c>Coordinator</c>); none for a name that is no role at all.</summary>
    public static OrganisationRole? FromName(string? name) =>
        Enum.TryParse<OrganisationRole>(name, out var role) && Enum.IsDefined(role) ? role : null;

    private static readonly OrganisationRole[] Everywhere = [OrganisationRole.Member, OrganisationRole.Coordinator, OrganisationRole.OrganisationAdmin];
}
