using Coproduce.Core.Common;
using Coproduce.Core.People;

namespace Coproduce.Web.Forms;

/// <summary>The profile form as typed: every field is text (or a tick), checked by Core, so no field is lost to binding.</summary>
public sealed class ProfileInput
{
    public string? Name { get; set; }

    /// <summary>"en" or "cy".</summary>
    public string? Language { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public string? AccessibilityNeeds { get; set; }

    public bool ContactByEmail { get; set; }

    public bool ContactByPhone { get; set; }

    public bool ShareStoryAsEvidence { get; set; }

    /// <summary>The day they agreed (from a paper form, for coordinators).</summary>
    public DateParts ConsentAgreedOn { get; set; } = new();

    public static ProfileInput From(PersonProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new ProfileInput
        {
            Name = profile.Name,
            Language = profile.Language.Code(),
            Email = profile.Email,
            Phone = profile.Phone,
            Address = profile.Address,
            AccessibilityNeeds = profile.AccessibilityNeeds,
            ContactByEmail = profile.Consent.ContactByEmail,
            ContactByPhone = profile.Consent.ContactByPhone,
            ShareStoryAsEvidence = profile.Consent.ShareStoryAsEvidence,
            ConsentAgreedOn = DateParts.From(profile.Consent.AgreedOn),
        };
    }

    /// <summary>
    /// The profile to give Core, or the errors only the form can find (a language nobody offered, a date that isn't
    /// one). <paramref name="today"/> fills the consent date when the person ticks boxes for themselves.
    /// </summary>
    public Result<PersonProfile> ToProfile(DateOnly? today)
    {
        var errors = new List<FieldError>();
        var language = LanguageCultures.FromCode(Language);
        if (language is null)
        {
            errors.Add(new FieldError(nameof(Language), "People.LanguageRequired"));
        }

        DateOnly? agreedOn = today;
        if (today is null && !ConsentAgreedOn.IsEmpty)
        {
            if (ConsentAgreedOn.TryGetDate(out var date))
            {
                agreedOn = date;
            }
            else
            {
                errors.Add(new FieldError(nameof(ConsentAgreedOn), "People.ConsentDateInvalid"));
            }
        }

        if (errors.Count > 0)
        {
            return Result<PersonProfile>.Refused(errors);
        }

        return Result<PersonProfile>.Success(new PersonProfile(Name ?? string.Empty, language!.Value, Email, Phone, Address, AccessibilityNeeds,
            new ConsentChoices(ContactByEmail, ContactByPhone, ShareStoryAsEvidence, agreedOn)));
    }
}
