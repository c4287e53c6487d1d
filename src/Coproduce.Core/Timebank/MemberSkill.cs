namespace Coproduce.Core.Timebank;

/// <summary>
/// A kind of help a member says they can give (an <see cref="PostKind.Offer"/>) or would like (a
/// <see cref="PostKind.Request"/>) in one timebank, whether or not they have posted about it. Suggested matches read
/// these beside the posts, so a member who never posts is still found.
/// </summary>
public sealed class MemberSkill
{
    private MemberSkill()
    {
    }

    internal MemberSkill(Guid organisationId, Guid personId, Guid categoryId, PostKind kind, Guid addedById, DateTimeOffset addedAt)
    {
        OrganisationId = organisationId;
        PersonId = personId;
        CategoryId = categoryId;
        Kind = kind;
        AddedById = addedById;
        AddedAt = addedAt;
    }

    /// <summary>The timebank.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>The member.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>The kind of help.</summary>
    public Guid CategoryId { get; private set; }

    /// <summary>Offer: they can give it. Request: they would like it.</summary>
    public PostKind Kind { get; private set; }

    /// <summary>Who said so: the member, or a coordinator who wrote it down for them.</summary>
    public Guid AddedById { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset AddedAt { get; private set; }
}

/// <summary>One of a member's skills or interests as their page shows it.</summary>
/// <param name="Category">The kind of help.</param>
/// <param name="AddedByOther">The coordinator's name when a coordinator added it for the member; null when the member did.</param>
public sealed record MemberSkillView(SkillCategory Category, string? AddedByOther);

/// <summary>What a member can offer and would like help with.</summary>
public sealed record MemberSkillsView(IReadOnlyList<MemberSkillView> Offers, IReadOnlyList<MemberSkillView> Wants);
