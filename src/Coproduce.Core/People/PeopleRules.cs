using Coproduce.Core.Common;
using Coproduce.Core.Notifications;

namespace Coproduce.Core.People;

/// <summary>What a valid profile looks like; no database needed (an organisation's details: <see cref="OrganisationRules"/>).</summary>
public static class PeopleRules
{
    /// <summary>The longest name.</summary>
    public const int MaximumNameLength = 100;

    /// <summary>The longest email address (RFC 5321's path limit), as the outbox stores it.</summary>
    public const int MaximumEmailLength = OutboxMessage.MaximumAddressLength;

    /// <summary>The longest phone number as typed, spaces and all.</summary>
    public const int MaximumPhoneLength = 30;

    /// <summary>The longest postal address.</summary>
    public const int MaximumAddressLength = 300;

    /// <summary>The longest description of accessibility needs.</summary>
    public const int MaximumNeedsLength = 1000;

    /// <summary>
    /// Checks a profile and tidies it (trims spaces, turns blanks into "none"). Returns the tidy profile,
    /// or every problem at once so a form can show them all.
    /// </summary>
    /// <param name="profile">As typed.</param>
    /// <param name="today">Today in the UK, so a consent date can't be in the future.</param>
    public static Result<PersonProfile> Check(PersonProfile profile, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var errors = new List<FieldError>();
        var name = profile.Name?.Trim() ?? string.Empty;
        if (TextRules.Check(nameof(PersonProfile.Name), name) is { } nameText)
        {
            errors.Add(nameText);
        }
        else if (!TextRules.HasVisibleText(name))
        {
            // Only zero-width or other invisible characters: as good as no name at all.
            errors.Add(new FieldError(nameof(PersonProfile.Name), "People.NameRequired"));
        }
        else if (name.Length > MaximumNameLength)
        {
            errors.Add(new FieldError(nameof(PersonProfile.Name), "People.NameTooLong", MaximumNameLength));
        }

        if (!Enum.IsDefined(profile.Language))
        {
            errors.Add(new FieldError(nameof(PersonProfile.Language), "People.LanguageRequired"));
        }

        var email = Blank(profile.Email);
        if (TextRules.Check(nameof(PersonProfile.Email), email) is { } emailText)
        {
            errors.Add(emailText);
        }
        else if (email is not null && !IsEmailAddress(email))
        {
            errors.Add(new FieldError(nameof(PersonProfile.Email), "People.EmailInvalid"));
        }

        var phone = Blank(profile.Phone);
        if (TextRules.Check(nameof(PersonProfile.Phone), phone) is { } phoneText)
        {
            errors.Add(phoneText);
        }
        else if (phone is not null && !IsPhoneNumber(phone))
        {
            errors.Add(new FieldError(nameof(PersonProfile.Phone), "People.PhoneInvalid"));
        }

        var address = Blank(profile.Address);
        if (TextRules.Check(nameof(PersonProfile.Address), address, TextKind.MultiLine) is { } addressText)
        {
            errors.Add(addressText);
        }
        else if (address?.Length > MaximumAddressLength)
        {
            errors.Add(new FieldError(nameof(PersonProfile.Address), "People.AddressTooLong", MaximumAddressLength));
        }

        var needs = Blank(profile.AccessibilityNeeds);
        if (TextRules.Check(nameof(PersonProfile.AccessibilityNeeds), needs, TextKind.MultiLine) is { } needsText)
        {
            errors.Add(needsText);
        }
        else if (needs?.Length > MaximumNeedsLength)
        {
            errors.Add(new FieldError(nameof(PersonProfile.AccessibilityNeeds), "People.NeedsTooLong", MaximumNeedsLength));
        }

        var consent = profile.Consent ?? ConsentChoices.None;
        if (consent.ContactByEmail && email is null)
        {
            errors.Add(new FieldError(nameof(PersonProfile.Email), "People.EmailNeededForConsent"));
        }

        if (consent.ContactByPhone && phone is null)
        {
            errors.Add(new FieldError(nameof(PersonProfile.Phone), "People.PhoneNeededForConsent"));
        }

        if (consent.AgreedOn is { } agreedOn && (agreedOn > today || agreedOn.Year < 2000))
        {
            errors.Add(new FieldError("ConsentAgreedOn", agreedOn > today ? "People.ConsentDateFuture" : "People.ConsentDateTooEarly"));
        }

        if (errors.Count > 0)
        {
            return Result<PersonProfile>.Refused(errors);
        }

        // A consent date only means something when something was agreed.
        var tidyConsent = consent.Any ? consent : ConsentChoices.None;
        // A language of the text only means something when there is text, and only one we know.
        var writtenIn = (address ?? needs) is not null && profile.WrittenIn is { } written && Enum.IsDefined(written) ? written : (Language?)null;
        return Result<PersonProfile>.Success(new PersonProfile(name, profile.Language, email, phone, address, needs, tidyConsent, writtenIn));
    }

    /// <summary>Whether the text is one plain email address the outbox can send to (the outbox's own rule).</summary>
    public static bool IsEmailAddress(string text) => EmailAddress.Check(text, string.Empty) is null;

    /// <summary>Whether the text is a UK phone number as people write them: "01656 870 000", "+44 7700 900123", "(01745) 123456".</summary>
    internal static bool IsPhoneNumber(string text)
    {
        if (text.Length > MaximumPhoneLength || text.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-')))
        {
            return false;
        }

        var digits = text.Count(char.IsAsciiDigit);
        return digits is >= 10 and <= 15 && text.LastIndexOf('+') <= 0;
    }

    // An optional answer of only spaces or invisible characters was left blank.
    private static string? Blank(string? text) => TextRules.TidyOptional(text);
}
