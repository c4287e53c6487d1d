namespace Coproduce.Core.Timebank;

/// <summary>
/// What a member chose about themselves in one timebank. A member who never chose has none: their balance is kept to
/// themselves and the coordinators.
/// </summary>
public sealed class MemberPreferences
{
    private MemberPreferences()
    {
    }

    internal MemberPreferences(Guid organisationId, Guid personId)
    {
        OrganisationId = organisationId;
        PersonId = personId;
    }

    /// <summary>The timebank.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>The member.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>Whether other members may see the member's balance (coordinators always can).</summary>
    public bool ShowsBalance { get; internal set; }
}

/// <summary>
/// A member trusts another: an exchange the other records with them is confirmed as it is recorded, as if the member
/// had confirmed it (unless the timebank's coordinators approve every exchange).
/// </summary>
public sealed class TrustedMember
{
    private TrustedMember()
    {
    }

    internal TrustedMember(Guid organisationId, Guid personId, Guid trustedId, DateTimeOffset since)
    {
        OrganisationId = organisationId;
        PersonId = personId;
        TrustedId = trustedId;
        Since = since;
    }

    /// <summary>The timebank.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>The member who trusts.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>The member they trust.</summary>
    public Guid TrustedId { get; private set; }

    /// <summary>When they chose to.</summary>
    public DateTimeOffset Since { get; private set; }
}

/// <summary>A member's choices in a timebank, as their page shows them.</summary>
/// <param name="ShowsBalance">Whether other members see their balance.</param>
/// <param name="Trusted">Whom they trust, by name.</param>
/// <param name="ExchangedWith">Others they have exchanged with lately and don't yet trust: who they may choose to.</param>
public sealed record MemberPreferencesView(bool ShowsBalance, IReadOnlyList<TimebankMember> Trusted, IReadOnlyList<TimebankMember> ExchangedWith);
