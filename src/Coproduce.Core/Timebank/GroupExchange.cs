namespace Coproduce.Core.Timebank;

/// <summary>
/// One piece of time given by or to many members at once: twelve volunteers at a clean-up, a member teaching a class.
/// It is an exchange for each person with the one at its centre, recorded and confirmed in one act, with any money
/// spent (fuel, materials) written down beside the hours. Money is never credits.
/// </summary>
public sealed class GroupExchange
{
    private GroupExchange()
    {
        Description = string.Empty;
    }

    internal GroupExchange(Guid id, Guid organisationId, Guid oneId, GroupDirection direction, DateOnly occurredOn, string description,
        long? moneyCostPence, string? moneyCostNote, Guid recordedById, DateTimeOffset recordedAt)
        : this()
    {
        Id = id;
        OrganisationId = organisationId;
        OneId = oneId;
        Direction = direction;
        OccurredOn = occurredOn;
        Description = description;
        MoneyCostPence = moneyCostPence;
        MoneyCostNote = moneyCostNote;
        RecordedById = recordedById;
        RecordedAt = recordedAt;
    }

    /// <summary>The group exchange's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The timebank.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>The member at the centre: a person, or a group or social enterprise with a member account of its own.</summary>
    public Guid OneId { get; private set; }

    /// <summary>Which way the time went.</summary>
    public GroupDirection Direction { get; private set; }

    /// <summary>The day.</summary>
    public DateOnly OccurredOn { get; private set; }

    /// <summary>What was done.</summary>
    public string Description { get; private set; }

    /// <summary>Money spent on it, in pence, if any: written down, never moved as credits.</summary>
    public long? MoneyCostPence { get; private set; }

    /// <summary>What the money was for ("fuel", "skips and gloves").</summary>
    public string? MoneyCostNote { get; private set; }

    /// <summary>The coordinator who recorded it.</summary>
    public Guid RecordedById { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>Which way a group exchange's time went.</summary>
public enum GroupDirection
{
    /// <summary>Everyone in the group gave time to the one at the centre (many to one).</summary>
    ManyGaveToOne = 0,

    /// <summary>The one at the centre gave time to everyone in the group (one to many).</summary>
    OneGaveToMany = 1,
}

/// <summary>One person in a group exchange and how long they gave or received, as typed.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Hours">Their hours, as typed; ignored when the hours are split evenly.</param>
public sealed record GroupShare(Guid MemberId, string? Hours);

/// <summary>A group exchange as a coordinator typed it; <see cref="GroupExchangeService"/> checks every part.</summary>
/// <param name="OneId">The member at the centre.</param>
/// <param name="Direction">Which way the time went; none when not chosen.</param>
/// <param name="Shares">Everyone else, with their hours.</param>
/// <param name="SplitHours">A total to split evenly between them, or none to use each share's hours.</param>
/// <param name="OccurredOn">The day, as year-month-day.</param>
/// <param name="Description">What was done.</param>
/// <param name="CategoryId">The kind of help, if said.</param>
/// <param name="MoneyCost">Money spent, in pounds as typed ("12.50", "£12.50"), or none.</param>
/// <param name="MoneyCostNote">What the money was for.</param>
public sealed record GroupExchangeDetails(Guid OneId, GroupDirection? Direction, IReadOnlyList<GroupShare> Shares, string? SplitHours, string? OccurredOn,
    string? Description, Guid? CategoryId = null, string? MoneyCost = null, string? MoneyCostNote = null);
