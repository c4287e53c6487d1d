namespace Coproduce.Core.Credits;

/// <summary>
/// Who is at a partner's counter: a person signed in (the venue's staff, or a coordinator), or the venue's shared
/// counter sign-in, which has no person behind it and can act only at its own venue.
/// </summary>
/// <param name="PersonId">The person, when one is signed in.</param>
/// <param name="CounterOfId">The venue whose shared counter sign-in this is.</param>
public sealed record CounterActor(Guid? PersonId, Guid? CounterOfId)
{
    /// <summary>A person signed in.</summary>
    public static CounterActor Person(Guid personId) => new(personId, null);

    /// <summary>A venue's shared counter.</summary>
    public static CounterActor Counter(Guid venueId) => new(null, venueId);
}
