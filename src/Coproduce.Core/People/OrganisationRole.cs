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
}
