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
    /// The profile as typed, checked by Core's rules, with every problem at once. A consent date that isn't a real date
    /// is the one thing only the form can find; <paramref name="today"/> dates consent a person gives for themselves.
    /// </summary>
    public Result<PersonProfile> Check(PeopleService people, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(people);
        DateOnly? agreedOn = today;
        FieldError? dateError = null;
        if (today is null && !ConsentAgreedOn.IsEmpty)
        {
            if (ConsentAgreedOn.TryGetDate(out var date))
            {
                agreedOn = date;
            }
            else
            {
                dateError = new FieldError(nameof(ConsentAgreedOn), "People.ConsentDateInvalid");
            }
        }

        // A language nobody offered goes to Core as no language, so its rules refuse it with their own message.
        var profile = new PersonProfile(Name ?? string.Empty, LanguageCultures.FromCode(Language) ?? (Core.People.Language)(-1), Email,
            Phone, Address, AccessibilityNeeds, new ConsentChoices(ContactByEmail, ContactByPhone, ShareStoryAsEvidence, agreedOn),
            // What is typed on a page is taken to be in the page's language.
            LanguageCultures.Current);
        var checkedProfile = people.CheckProfile(profile);
        return dateError is null ? checkedProfile : Result<PersonProfile>.Refused([.. checkedProfile.Errors, dateError]);
    }
}
