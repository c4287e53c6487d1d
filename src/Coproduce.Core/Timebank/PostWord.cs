namespace Coproduce.Core.Timebank;

/// <summary>
/// One word of a post's search text, so the search starts from the posts a word is in instead of reading every post
/// that is up (at ten thousand posts, that read alone cost more than a page should). Written in the act that adds the post.
/// </summary>
public sealed class PostWord
{
    /// <summary>The longest word kept: a longer one is found by its first letters, as any word is found by a prefix.</summary>
    public const int MaximumLength = 40;

    private PostWord()
    {
        Word = string.Empty;
    }

    private PostWord(Guid organisationId, string word, Guid postId)
    {
        OrganisationId = organisationId;
        Word = word;
        PostId = postId;
    }

    /// <summary>The timebank, first in the key: every search is in one timebank.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>The word, folded as the search text is.</summary>
    public string Word { get; private set; }

    /// <summary>The post it is in.</summary>
    public Guid PostId { get; private set; }

    /// <summary>The words of a post's search text, each once. The migration that added words splits existing posts the same way.</summary>
    internal static IEnumerable<PostWord> Of(TimebankPost post) =>
        WordsOf(post.SearchText).Select(word => new PostWord(post.OrganisationId, word, post.Id));

    /// <summary>Folded text split at spaces, each word cut to <see cref="MaximumLength"/>, each once.</summary>
    internal static IEnumerable<string> WordsOf(string folded) =>
        folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length > MaximumLength ? w[..MaximumLength] : w).Distinct(StringComparer.Ordinal);
}
