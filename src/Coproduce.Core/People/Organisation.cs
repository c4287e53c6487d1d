namespace Coproduce.Core.People;

/// <summary>A timebank, council service, trust, venue or group host. Names and descriptions come in both languages where it gives both.</summary>
public sealed class Organisation
{
    private Organisation()
    {
        Name = string.Empty;
    }

    internal Organisation(Guid id, string name, string? nameWelsh, OrganisationKind kind, string? description,
        string? descriptionWelsh, DateTimeOffset createdAt, bool isDemo)
    {
        Id = id;
        Name = name;
        NameWelsh = nameWelsh;
        Kind = kind;
        Description = description;
        DescriptionWelsh = descriptionWelsh;
        CreatedAt = createdAt;
        IsDemo = isDemo;
    }

    /// <summary>The organisation's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Its name in English.</summary>
    public string Name { get; private set; }

    /// <summary>Its name in Welsh, if it has one.</summary>
    public string? NameWelsh { get; private set; }

    /// <summary>What sort of organisation it is.</summary>
    public OrganisationKind Kind { get; private set; }

    /// <summary>What it does, in English.</summary>
    public string? Description { get; private set; }

    /// <summary>What it does, in Welsh.</summary>
    public string? DescriptionWelsh { get; private set; }

    /// <summary>When it joined the installation.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Part of the demo community.</summary>
    public bool IsDemo { get; private set; }

    /// <summary>The name to show in <paramref name="language"/>, falling back to English when there is no Welsh.</summary>
    public string NameIn(Language language) => language == Language.Welsh && !string.IsNullOrWhiteSpace(NameWelsh) ? NameWelsh : Name;

    /// <summary>The description to show in <paramref name="language"/>, falling back to English.</summary>
    public string? DescriptionIn(Language language) =>
        language == Language.Welsh && !string.IsNullOrWhiteSpace(DescriptionWelsh) ? DescriptionWelsh : Description;
}
