namespace Coproduce.Core.Audit;

/// <summary>The codes of audited actions; each has a description in both languages in the web pages' texts ("Audit.{code}").</summary>
public static class AuditActions
{
    /// <summary>A person's record was made.</summary>
    public const string PersonCreated = "PersonCreated";

    /// <summary>A person's profile changed.</summary>
    public const string ProfileUpdated = "ProfileUpdated";

    /// <summary>Someone asked to join an organisation.</summary>
    public const string MembershipRequested = "MembershipRequested";

    /// <summary>A join request was approved.</summary>
    public const string MembershipApproved = "MembershipApproved";

    /// <summary>A join request was declined.</summary>
    public const string MembershipDeclined = "MembershipDeclined";

    /// <summary>A role was given to someone directly by an organisation admin.</summary>
    public const string RoleGranted = "RoleGranted";

    /// <summary>An organisation admin took a role away from someone.</summary>
    public const string RoleTaken = "RoleTaken";

    /// <summary>An organisation admin made an API token for one of the organisation's systems.</summary>
    public const string ApiTokenCreated = "ApiTokenCreated";

    /// <summary>An API token was revoked.</summary>
    public const string ApiTokenRevoked = "ApiTokenRevoked";

    /// <summary>Someone was made a site admin (from the command line).</summary>
    public const string SiteAdminGranted = "SiteAdminGranted";

    /// <summary>Someone stopped being a site admin (from the command line).</summary>
    public const string SiteAdminRemoved = "SiteAdminRemoved";

    /// <summary>A site admin created an organisation.</summary>
    public const string OrganisationCreated = "OrganisationCreated";

    /// <summary>A site admin changed an organisation's details.</summary>
    public const string OrganisationUpdated = "OrganisationUpdated";

    /// <summary>A site admin suspended an organisation: nothing in it can change until it is reopened.</summary>
    public const string OrganisationSuspended = "OrganisationSuspended";

    /// <summary>A site admin reopened a suspended organisation.</summary>
    public const string OrganisationReopened = "OrganisationReopened";

    /// <summary>A coordinator or admin invited someone by email to a role.</summary>
    public const string InvitationSent = "InvitationSent";

    /// <summary>A waiting invitation was sent again, with a new link.</summary>
    public const string InvitationResent = "InvitationResent";

    /// <summary>A waiting invitation was withdrawn.</summary>
    public const string InvitationWithdrawn = "InvitationWithdrawn";

    /// <summary>Someone accepted an invitation and was given its role.</summary>
    public const string InvitationAccepted = "InvitationAccepted";

    /// <summary>A membership ended as a whole, with a reason: the person left, or a coordinator ended it.</summary>
    public const string MembershipEnded = "MembershipEnded";

    /// <summary>A site admin linked a commissioning body to an organisation it commissions (the subject).</summary>
    public const string CommissionLinked = "CommissionLinked";

    /// <summary>A site admin ended a commissioning body's link to an organisation (the subject).</summary>
    public const string CommissionUnlinked = "CommissionUnlinked";

    /// <summary>A coordinator recorded a volunteer driver's licence and check dates.</summary>
    public const string DriverChecksRecorded = "DriverChecksRecorded";

    /// <summary>Someone registered as a passenger, or changed their registration; or a coordinator did it for them.</summary>
    public const string PassengerRegistered = "PassengerRegistered";

    /// <summary>The engine planned an evening's transport runs that a coordinator asked for.</summary>
    public const string EveningPlanned = "EveningPlanned";

    /// <summary>A coordinator published an evening's transport runs to the drivers.</summary>
    public const string EveningPublished = "EveningPublished";
}
