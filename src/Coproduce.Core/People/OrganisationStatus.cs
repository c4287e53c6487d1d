namespace Coproduce.Core.People;

/// <summary>Whether an organisation's people can act in it. The numbers are stored: never renumber one.</summary>
public enum OrganisationStatus
{
    /// <summary>Open: its people join, record and decide as their roles allow.</summary>
    Active = 0,

    /// <summary>
    /// Stopped by a site admin (a complaint, a lapsed agreement, a safeguarding concern): everything in it can still be
    /// read, but nothing in it can be changed until a site admin reopens it.
    /// </summary>
    Suspended = 1,
}
