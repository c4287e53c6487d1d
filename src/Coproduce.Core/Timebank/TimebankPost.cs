using Coproduce.Core.Common;

namespace Coproduce.Core.Timebank;

/// <summary>An offer of help, or a request for it, in a timebank, up until its end date.</summary>
public sealed class TimebankPost
{
    private TimebankPost()
    {
        Title = string.Empty;
        Area = string.Empty;
        SearchText = string.Empty;
    }

    internal TimebankPost(Guid id, Guid organisationId, Guid authorId, Guid recordedById, PostKind kind, PostDetailsChecked details, DateTimeOffset createdAt)
        : this()
    {
        Id = id;
        OrganisationId = organisationId;
        AuthorId = authorId;
        RecordedById = recordedById;
        Kind = kind;
        CreatedAt = createdAt;
        Status = PostStatus.Open;
        Change(details);
    }

    /// <summary>The post's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The timebank.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>The member offering or asking.</summary>
    public Guid AuthorId { get; private set; }

    /// <summary>Who wrote it: the author, or a coordinator for them.</summary>
    public Guid RecordedById { get; private set; }

    /// <summary>An offer or a request.</summary>
    public PostKind Kind { get; private set; }

    /// <summary>What kind of help.</summary>
    public Guid CategoryId { get; private set; }

    /// <summary>A short line: "Help in your garden".</summary>
    public string Title { get; private set; }

    /// <summary>More about it, if given.</summary>
    public string? Description { get; private set; }

    /// <summary>Where: a village or town.</summary>
    public string Area { get; private set; }

    /// <summary>When, in the author's words: "weekday mornings".</summary>
    public string? Availability { get; private set; }

    /// <summary>The last day it is up.</summary>
    public DateOnly EndsOn { get; private set; }

    /// <summary>When it was posted.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Up, or withdrawn.</summary>
    public PostStatus Status { get; private set; }

    /// <summary>When the author was reminded that it ends soon, for this end date.</summary>
    public DateTimeOffset? ReminderSentAt { get; private set; }

    /// <summary>Title, description, area and availability, folded, for the search.</summary>
    internal string SearchText { get; private set; }

    /// <summary>Open and not past its end date on <paramref name="today"/>.</summary>
    public bool IsUpOn(DateOnly today) => Status == PostStatus.Open && EndsOn >= today;

    internal void Renew(DateOnly endsOn)
    {
        EndsOn = endsOn;
        Status = PostStatus.Open;
        ReminderSentAt = null;
    }

    internal void Withdraw() => Status = PostStatus.Withdrawn;

    internal void Reminded(DateTimeOffset at) => ReminderSentAt = at;

    private void Change(PostDetailsChecked details)
    {
        CategoryId = details.CategoryId;
        Title = details.Title;
        Description = details.Description;
        Area = details.Area;
        Availability = details.Availability;
        EndsOn = details.EndsOn;
        SearchText = TextFolding.Key(string.Join(' ', details.Title, details.Description, details.Area, details.Availability), PostService.MaximumSearchTextLength);
    }
}

/// <summary>A post's details once <see cref="PostService"/> has checked them.</summary>
internal sealed record PostDetailsChecked(Guid CategoryId, string Title, string? Description, string Area, string? Availability, DateOnly EndsOn);
