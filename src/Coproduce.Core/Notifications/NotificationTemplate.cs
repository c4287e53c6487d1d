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

    /// <summary>
    /// Asks a member to confirm an exchange the other member recorded as giving them time. {0} their name, {1} who
    /// recorded it, {2} the hours, {3} what was done, {4} the link to confirm or decline.
    /// </summary>
    ExchangeGivenToConfirm = 9,

    /// <summary>
    /// Asks a member to confirm an exchange the other member recorded as receiving their time. {0} their name, {1} who
    /// recorded it, {2} the hours, {3} what was done, {4} the link to confirm or decline.
    /// </summary>
    ExchangeReceivedToConfirm = 10,

    /// <summary>Tells a member an exchange is confirmed. {0} their name, {1} the other member, {2} the hours, {3} what was done, {4} their balance now.</summary>
    ExchangeConfirmed = 11,

    /// <summary>Tells the recorder an exchange was declined. {0} their name, {1} who declined it, {2} the hours, {3} the reason, {4} the other member.</summary>
    ExchangeDeclined = 12,

    /// <summary>Tells the author of an offer that a member would like the help. {0} their name, {1} the member, {2} the offer's title, {3} the member's message, {4} how to reach them.</summary>
    OfferAnswered = 13,

    /// <summary>Tells the author of a request that a member can help. {0} their name, {1} the member, {2} the request's title, {3} the member's message, {4} how to reach them.</summary>
    RequestAnswered = 14,

    /// <summary>Tells a member a coordinator granted them hours from the community pot. {0} their name, {1} the hours, {2} the reason, {3} the timebank, {4} their balance now.</summary>
    PotGranted = 15,

    /// <summary>Reminds a member that their offer or request ends soon. {0} their name, {1} its title, {2} its last day, {3} the link to renew it, {4} how many weeks renewing adds.</summary>
    PostEndingSoon = 16,

    /// <summary>Tells a member they earned time credits. {0} their name, {1} the credits, {2} the activity, {3} the network, {4} their balance now.</summary>
    CreditsAwarded = 17,

    /// <summary>Tells a member someone gave them time credits. {0} their name, {1} the credits, {2} who gave them, {3} the giver's note, {4} their balance now.</summary>
    CreditsGiven = 18,
}
