namespace Coproduce.Core.Audit;

/// <summary>
/// One change to personal data or membership: what happened, who did it and on whose behalf.
/// Written in the same transaction as the change, never changed or deleted.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Action = string.Empty;
    }

    /// <summary>Records an action.</summary>
    /// <param name="at">When.</param>
    /// <param name="action">What, as a stable code (see <see cref="AuditActions"/>).</param>
    /// <param name="actorId">The person who did it, or one of <see cref="AuditActors"/>.</param>
    /// <param name="onBehalfOfId">The person it was done for, when that was someone else.</param>
    /// <param name="organisationId">The organisation it happened in, if any.</param>
    /// <param name="subjectId">The record changed.</param>
    public AuditEntry(DateTimeOffset at, string action, Guid actorId, Guid? onBehalfOfId, Guid? organisationId, Guid subjectId)
    {
        Id = Guid.CreateVersion7(at);
        At = at;
        Action = action;
        ActorId = actorId;
        OnBehalfOfId = onBehalfOfId == actorId ? null : onBehalfOfId;
        OrganisationId = organisationId;
        SubjectId = subjectId;
    }

    /// <summary>The entry's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>What happened.</summary>
    public string Action { get; private set; }

    /// <summary>Who did it: a person, or one of <see cref="AuditActors"/>.</summary>
    public Guid ActorId { get; private set; }

    /// <summary>Whether the installation's command line did it rather than a person.</summary>
    public bool ByCommandLine => ActorId == AuditActors.CommandLine;

    /// <summary>For whom, when the actor acted for someone else ("recorded by X on behalf of Y").</summary>
    public Guid? OnBehalfOfId { get; private set; }

    /// <summary>In which organisation.</summary>
    public Guid? OrganisationId { get; private set; }

    /// <summary>The record it changed: a person, a membership.</summary>
    public Guid SubjectId { get; private set; }
}
