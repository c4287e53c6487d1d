namespace Coproduce.Core.Timebank;

/// <summary>Whether a post offers help or asks for it. Stored as its number.</summary>
public enum PostKind
{
    /// <summary>"I can help with..."</summary>
    Offer = 1,

    /// <summary>"I would like help with..."</summary>
    Request = 2,
}

/// <summary>Whether a post is still up. An open post whose end date has passed is expired: it leaves the lists.</summary>
public enum PostStatus
{
    /// <summary>Up until its end date.</summary>
    Open = 1,

    /// <summary>Taken down by its author or a coordinator.</summary>
    Withdrawn = 2,
}
