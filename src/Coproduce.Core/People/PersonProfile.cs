namespace Coproduce.Core.People;

/// <summary>What a person tells us about themselves, or a coordinator records for them with their agreement.</summary>
/// <param name="Name">The name they want to be called by.</param>
/// <param name="Language">The language for pages and every message sent to them.</param>
/// <param name="Email">An email address, if they have one.</param>
/// <param name="Phone">A phone number, if they want to be rung.</param>
/// <param name="Address">A postal address, for members who get letters rather than emails.</param>
/// <param name="AccessibilityNeeds">What helps them take part, in their words (large print, a ramp, a hearing loop).</param>
/// <param name="Consent">What they have agreed to.</param>
/// <param name="WrittenIn">The language the address and accessibility needs were written in (the page's language when
/// they were saved), so a page in the other language can mark them for screen readers; none when not known.</param>
public sealed record PersonProfile(
    string Name,
    Language Language,
    string? Email,
    string? Phone,
    string? Address,
    string? AccessibilityNeeds,
    ConsentChoices Consent,
    Language? WrittenIn = null)
{
    // For EF Core, which can't pass the nested consent to a constructor; it sets the properties instead.
    private PersonProfile()
        : this(string.Empty, Language.English, null, null, null, null, ConsentChoices.None)
    {
    }

    /// <summary>No details at all.</summary>
    public static PersonProfile Empty { get; } = new(string.Empty, Language.English, null, null, null, null, ConsentChoices.None);
}

/// <summary>The consent a person has given; each is off until they say yes.</summary>
/// <param name="ContactByEmail">Messages about their exchanges and bookings by email.</param>
/// <param name="ContactByPhone">Calls or texts about their exchanges and bookings.</param>
/// <param name="ShareStoryAsEvidence">Their hours and story, without their name, in reports for commissioners.</param>
/// <param name="AgreedOn">The day they agreed, e.g. the date on a signed paper form; none if nothing is agreed.</param>
public sealed record ConsentChoices(bool ContactByEmail, bool ContactByPhone, bool ShareStoryAsEvidence, DateOnly? AgreedOn = null)
{
    /// <summary>Nothing agreed.</summary>
    public static ConsentChoices None { get; } = new(false, false, false);

    /// <summary>Whether anything at all is agreed.</summary>
    public bool Any => ContactByEmail || ContactByPhone || ShareStoryAsEvidence;
}
