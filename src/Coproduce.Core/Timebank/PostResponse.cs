namespace Coproduce.Core.Timebank;

/// <summary>A member answering a post: asking for the help offered, or offering the help asked for. The author is told.</summary>
public sealed class PostResponse
{
    private PostResponse()
    {
    }

    internal PostResponse(Guid id, Guid postId, Guid personId, string? message, DateTimeOffset at)
    {
        Id = id;
        PostId = postId;
        PersonId = personId;
        Message = message;
        At = at;
    }

    /// <summary>The response's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The post answered.</summary>
    public Guid PostId { get; private set; }

    /// <summary>Who answered.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>What they said, if anything.</summary>
    public string? Message { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset At { get; private set; }
}
