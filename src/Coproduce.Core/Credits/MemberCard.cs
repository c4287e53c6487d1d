namespace Coproduce.Core.Credits;

/// <summary>
/// A member's code in a time-credit network, shown on their phone or printed on a card, that a venue's counter
/// enters to take their credits. Eight letters and digits that can't be mistaken for each other when read aloud.
/// </summary>
public sealed class MemberCard
{
    private MemberCard()
    {
        Code = string.Empty;
    }

    internal MemberCard(Guid networkId, Guid personId, string code, DateTimeOffset issuedAt)
    {
        NetworkId = networkId;
        PersonId = personId;
        Code = code;
        IssuedAt = issuedAt;
    }

    /// <summary>The network.</summary>
    public Guid NetworkId { get; private set; }

    /// <summary>The member.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>The code, stored without its separator (<c>K7P49Q2M</c>; printed <c>K7P4 9Q2M</c>).</summary>
    public string Code { get; private set; }

    /// <summary>When it was first shown.</summary>
    public DateTimeOffset IssuedAt { get; private set; }
}
