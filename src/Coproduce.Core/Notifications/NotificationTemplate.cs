namespace Coproduce.Core.Notifications;

/// <summary>
/// The messages Coproduce sends. Each has a subject and a body in English and Welsh in
/// the sending capability's <c>Resources/*Notifications.resx</c>; the placeholders each one expects are listed here.
/// </summary>
public enum NotificationTemplate
{
    /// <summary>Asks a person to confirm their email address. {0} their name, {1} the link.</summary>
    ConfirmEmail = 1,

    /// <summary>Lets a person choose a new password. {0} their name, {1} the link.</summary>
    ResetPassword = 2,

    /// <summary>
    /// Tells a coordinator that someone asked to join. {0} the coordinator's name, {1} the member's name,
    /// {2} the organisation, {3} the link to the request.
    /// </summary>
    MembershipRequested = 3,

    /// <summary>Tells a person their request to join was approved. {0} their name, {1} the organisation.</summary>
    MembershipApproved = 4,

    /// <summary>Tells a person their request to join was not approved. {0} their name, {1} the organisation.</summary>
    MembershipDeclined = 5,

    /// <summary>
    /// Invites someone to a role. {0} the organisation, {1} the role, {2} who invited them, {3} the link to accept,
    /// {4} the last day it can be accepted.
    /// </summary>
    Invitation = 6,

    /// <summary>Tells a person an organisation admin changed their roles. {0} their name, {1} the organisation, {2} the roles they now hold.</summary>
    RolesChanged = 7,

    /// <summary>Tells a person their membership of an organisation has ended. {0} their name, {1} the organisation, {2} the reason given.</summary>
    MembershipEnded = 8,
}
