namespace Coproduce.Core.Audit;

/// <summary>Who did something when it was not a person: an <see cref="AuditEntry.ActorId"/> is a person's id or one of these.</summary>
public static class AuditActors
{
    /// <summary>
    /// The installation's command line (<c>coproduce admin ...</c>). Whoever ran it held the database's own credentials,
    /// not a login, so there is no person to name. People's ids are version 7 GUIDs, which this can never be.
    /// </summary>
    public static Guid CommandLine { get; } = new("00000000-0000-0000-0000-000000000001");
}
