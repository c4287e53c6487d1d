namespace Coproduce.Core.Credits;

/// <summary>
/// Something people give time to and earn credits for: a volunteering role, a session, run by the network or one of
/// its earn partners. A coordinator records who took part, and the credits are awarded in the same act.
/// </summary>
public sealed class CreditActivity
{
    private CreditActivity()
    {
        Title = string.Empty;
    }

    internal CreditActivity(Guid id, Guid networkId, Guid runById, string title, string? titleWelsh, int creditsPerSession, string? restrictions,
        Guid createdById, DateTimeOffset createdAt)
        : this()
    {
        Id = id;
        NetworkId = networkId;
        RunById = runById;
        Title = title;
        TitleWelsh = titleWelsh;
        CreditsPerSession = creditsPerSession;
        Restrictions = restrictions;
        CreatedById = createdById;
        CreatedAt = createdAt;
    }

    /// <summary>The activity's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The time-credit network whose credits it awards.</summary>
    public Guid NetworkId { get; private set; }

    /// <summary>Who runs it: the network itself (credits are issued) or an earn partner (credits come from its bank).</summary>
    public Guid RunById { get; private set; }

    /// <summary>Its name, as the organiser wrote it.</summary>
    public string Title { get; private set; }

    /// <summary>Its name in Welsh, when the organiser gave one.</summary>
    public string? TitleWelsh { get; private set; }

    /// <summary>The credits each person earns for one session, unless the register says otherwise.</summary>
    public int CreditsPerSession { get; private set; }

    /// <summary>Who may take part, e.g. "over 18s; a DBS check is needed".</summary>
    public string? Restrictions { get; private set; }

    /// <summary>Who set it up.</summary>
    public Guid CreatedById { get; private set; }

    /// <summary>When it was set up.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The title in the reader's language: the Welsh one for a Welsh reader when there is one.</summary>
    public string TitleIn(People.Language language) => language == People.Language.Welsh && TitleWelsh is not null ? TitleWelsh : Title;
}
