namespace Coproduce.Core.People;

/// <summary>
/// A person's role in an organisation. Joining starts as a request; a coordinator approves or declines it,
/// and who decided, and when, is kept.
/// </summary>
public sealed class Membership
{
    private Membership()
    {
    }

    internal Membership(Guid id, Guid personId, Guid organisationId, OrganisationRole role, DateTimeOffset requestedAt, Guid requestedById)
    {
        Id = id;
        PersonId = personId;
        OrganisationId = organisationId;
        Role = role;
        Status = MembershipStatus.Requested;
        RequestedAt = requestedAt;
        RequestedById = requestedById;
    }

    /// <summary>The membership's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Whose membership it is.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>Of which organisation.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>The role it gives.</summary>
    public OrganisationRole Role { get; private set; }

    /// <summary>Requested, active, declined or ended.</summary>
    public MembershipStatus Status { get; private set; }

    /// <summary>When it was asked for.</summary>
    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>Who asked: the person, or a coordinator on their behalf.</summary>
    public Guid RequestedById { get; private set; }

    /// <summary>When it was approved or declined.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Who approved or declined it.</summary>
    public Guid? DecidedById { get; private set; }

    /// <summary>When an active role was taken away, or the membership ended.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>Who took the role away or ended the membership: an admin, a coordinator or the person.</summary>
    public Guid? EndedById { get; private set; }

    /// <summary>Why the membership was ended, when it was ended as a whole (leaving) rather than one role taken away.</summary>
    public string? EndReason { get; private set; }

    /// <summary>Approves a request, recording who approved it.</summary>
    /// <exception cref="InvalidOperationException">It is not a pending request.</exception>
    internal void Approve(Guid decidedById, DateTimeOffset at) => Decide(MembershipStatus.Active, decidedById, at);

    /// <summary>Declines a request, recording who declined it.</summary>
    /// <exception cref="InvalidOperationException">It is not a pending request.</exception>
    internal void Decline(Guid decidedById, DateTimeOffset at) => Decide(MembershipStatus.Declined, decidedById, at);

    /// <summary>Asks again after a decline or an ending: the old decision is replaced by a new request.</summary>
    internal void RequestAgain(Guid requestedById, DateTimeOffset at)
    {
        Status = MembershipStatus.Requested;
        RequestedAt = at;
        RequestedById = requestedById;
        DecidedAt = null;
        DecidedById = null;
    }

    /// <summary>
    /// An organisation admin gives the role: a request is approved, and a role declined or ended before is given
    /// afresh, so a person has one row per role however often it comes and goes (the audit log keeps each change).
    /// </summary>
    /// <exception cref="InvalidOperationException">The role is already active.</exception>
    internal void Give(Guid givenById, DateTimeOffset at)
    {
        if (Status == MembershipStatus.Active)
        {
            throw new InvalidOperationException($"Membership {Id} is already active.");
        }

        if (Status != MembershipStatus.Requested)
        {
            RequestAgain(givenById, at);
        }

        EndedAt = null;
        EndedById = null;
        EndReason = null;
        Approve(givenById, at);
    }

    /// <summary>Takes an active role away, recording who did and when, and why when the whole membership ends.</summary>
    /// <exception cref="InvalidOperationException">The role is not active.</exception>
    internal void End(Guid endedById, DateTimeOffset at, string? reason = null)
    {
        if (Status != MembershipStatus.Active)
        {
            throw new InvalidOperationException($"Membership {Id} is {Status}, not active.");
        }

        Status = MembershipStatus.Ended;
        EndedById = endedById;
        EndedAt = at;
        EndReason = reason;
    }

    private void Decide(MembershipStatus outcome, Guid decidedById, DateTimeOffset at)
    {
        if (Status != MembershipStatus.Requested)
        {
            throw new InvalidOperationException($"Membership {Id} is {Status}, not a pending request.");
        }

        Status = outcome;
        DecidedById = decidedById;
        DecidedAt = at;
    }
}

/// <summary>Where a membership stands.</summary>
public enum MembershipStatus
{
    /// <summary>Asked for; waiting for a coordinator.</summary>
    Requested = 0,

    /// <summary>Approved and in force.</summary>
    Active = 1,

    /// <summary>Declined by a coordinator.</summary>
    Declined = 2,

    /// <summary>Was active, now ended.</summary>
    Ended = 3,
}
